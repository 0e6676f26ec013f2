package com.aftersales.api.ticket;

import java.util.List;

/** One page of the ticket board and the number of tickets that match the filter. */
public record TicketPage(List<TicketSummaryView> items, long total, int page, int size) {}
