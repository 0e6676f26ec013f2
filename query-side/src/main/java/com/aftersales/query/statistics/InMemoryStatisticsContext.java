package com.aftersales.query.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The extractor's context held in memory, for a replay of the event stream. */
public final class InMemoryStatisticsContext implements StatisticsContext {
    private final Map<String, Ticket> tickets = new HashMap<>();
    private final Map<String, Repair> repairs = new HashMap<>();
    private final Map<String, Instant> handOvers = new HashMap<>();
    private final Map<String, YearMonth> countingMonths = new HashMap<>();

    @Override
    public Optional<Ticket> ticket(String ticketId) {
        return Optional.ofNullable(tickets.get(ticketId));
    }

    @Override
    public void save(String ticketId, Ticket ticket) {
        tickets.put(ticketId, ticket);
    }

    @Override
    public Optional<Repair> repair(String repairOrderId) {
        return Optional.ofNullable(repairs.get(repairOrderId));
    }

    @Override
    public void save(String repairOrderId, Repair repair) {
        repairs.put(repairOrderId, repair);
    }

    @Override
    public Optional<Instant> handOverSentAt(String repairOrderId, int handOver) {
        return Optional.ofNullable(handOvers.get(repairOrderId + "#" + handOver));
    }

    @Override
    public void handOverSent(String repairOrderId, int handOver, Instant sentAt) {
        handOvers.put(repairOrderId + "#" + handOver, sentAt);
    }

    @Override
    public Optional<YearMonth> countingMonth(String subject) {
        return Optional.ofNullable(countingMonths.get(subject));
    }

    @Override
    public void saveCountingMonth(String subject, YearMonth month) {
        countingMonths.put(subject, month);
    }
}
