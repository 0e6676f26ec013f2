package com.aftersales.api.visit;

import java.time.LocalDate;

/**
 * One key customer on the visit board (T11): {@code lastVisitOn} null before the first visit of the
 * plan; {@code overdue} once the day {@code nextDueBy} ended without a visit.
 */
public record KeyCustomerVisitView(
        String customerId,
        LocalDate deliveredOn,
        LocalDate lastVisitOn,
        LocalDate nextDueBy,
        boolean overdue,
        int visitCount) {}
