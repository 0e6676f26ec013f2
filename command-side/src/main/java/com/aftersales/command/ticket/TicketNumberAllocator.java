package com.aftersales.command.ticket;

import java.time.YearMonth;

/**
 * T4: hands out ticket numbers {@code YYYYMM-NNN}. Implementations must be unique and gap-free
 * within a month even under concurrent registration: a number taken by a registration that is
 * rolled back is handed out again.
 */
public interface TicketNumberAllocator {
    String next(YearMonth month);

    static String format(YearMonth month, int sequence) {
        return String.format("%04d%02d-%03d", month.getYear(), month.getMonthValue(), sequence);
    }
}
