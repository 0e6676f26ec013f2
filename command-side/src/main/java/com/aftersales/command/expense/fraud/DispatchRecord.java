package com.aftersales.command.expense.fraud;

import java.time.LocalDate;

/** X4: one dispatch (T7) of the engineer, by the identifier of its EngineerDispatchedEvent. */
public record DispatchRecord(
        String eventId, String ticketId, String dispatchId, String city, LocalDate startDate, LocalDate endDate) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && !endDate.isBefore(from);
    }
}
