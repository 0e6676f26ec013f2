package com.aftersales.query.statistics;

import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.ServiceMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What {@link FigureExtractor} must remember of earlier events to attribute a later one: a ticket's
 * registration month, request, counted mode and arrivals and dispatches; a repair order's model;
 * when an outsourced hand-over was sent; the month a complaint or an expense claim counts in. The projection keeps it in tables, the replay in memory.
 */
public interface StatisticsContext {

    /** A ticket as the statistics know it; {@code mode} is the mode it is counted under (null before its assignment). */
    record Ticket(
            YearMonth registeredMonth,
            CustomerRequest request,
            ServiceMode mode,
            int arrivals,
            int dispatches,
            boolean installationClockStarted) {}

    /** A repair order: its product model, and whether its repeat repair was counted. */
    record Repair(String model, boolean repeatCounted) {}

    Optional<Ticket> ticket(String ticketId);

    void save(String ticketId, Ticket ticket);

    Optional<Repair> repair(String repairOrderId);

    void save(String repairOrderId, Repair repair);

    Optional<Instant> handOverSentAt(String repairOrderId, int handOver);

    void handOverSent(String repairOrderId, int handOver, Instant sentAt);

    /**
     * The month every later figure of {@code subject} counts in, as set by its first event (a
     * complaint's registration, a claim's trip), so a later step corrects that month (M3).
     */
    Optional<YearMonth> countingMonth(String subject);

    void saveCountingMonth(String subject, YearMonth month);
}
