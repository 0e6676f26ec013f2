package com.aftersales.api.ticket;

/** T7: one dispatch with the ticket it served, for an engineer's list of trips. */
public record EngineerDispatchView(String ticketId, String ticketNumber, DispatchView dispatch) {}
