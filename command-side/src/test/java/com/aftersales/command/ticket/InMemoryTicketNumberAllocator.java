package com.aftersales.command.ticket;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** A fake T4 allocator for fixture tests: one counter per month, starting at 1. */
final class InMemoryTicketNumberAllocator implements TicketNumberAllocator {
    private final Map<YearMonth, Integer> lastNumberByMonth = new HashMap<>();

    @Override
    public synchronized String next(YearMonth month) {
        int sequence = lastNumberByMonth.merge(month, 1, Integer::sum);
        return TicketNumberAllocator.format(month, sequence);
    }
}
