package com.aftersales.command.expense.fraud;

import java.time.LocalDate;

/**
 * X5: the engineer arrived on site on {@code day} (company zone) in {@code city}, the destination
 * of that ticket's dispatch of them.
 */
public record ArrivalRecord(String eventId, String ticketId, LocalDate day, String city) {}
