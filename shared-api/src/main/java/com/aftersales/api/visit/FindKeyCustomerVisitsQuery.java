package com.aftersales.api.visit;

/**
 * T11: the visit board, overdue plans first, then by next due date (earliest first). {@code overdue}
 * null: every key customer; true/false: only the overdue / not overdue ones. Answered with a list of
 * {@link KeyCustomerVisitView}.
 */
public record FindKeyCustomerVisitsQuery(Boolean overdue) {}
