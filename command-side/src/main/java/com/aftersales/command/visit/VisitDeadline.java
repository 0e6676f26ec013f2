package com.aftersales.command.visit;

import java.time.Instant;
import java.time.LocalDate;

/** Payload of a scheduled visit deadline (T11): the due-by date and the instant it is over. */
record VisitDeadline(LocalDate dueBy, Instant overdueFrom) {
    static final String NAME = "key-customer-visit-due";
}
