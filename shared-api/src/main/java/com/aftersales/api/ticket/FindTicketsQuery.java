package com.aftersales.api.ticket;

/**
 * The ticket board, filtered; every filter is optional (null = any). {@code month} is
 * {@code YYYYMM} in the company's zone, as in the ticket number. Answered with a {@link TicketPage}.
 */
public record FindTicketsQuery(
        TicketStatus status, Urgency urgency, String engineerId, SlaState slaState, String month, int page, int size) {
    public FindTicketsQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("size must be 1..500");
        }
        if (month != null && !month.matches("\\d{6}")) {
            throw new IllegalArgumentException("month must be YYYYMM");
        }
    }
}
