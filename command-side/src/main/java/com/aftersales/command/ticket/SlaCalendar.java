package com.aftersales.command.ticket;

/**
 * The company calendar as the ticket's clocks need it: its business hours on working days, as it
 * stands now (T13, T14). Each use records the calendar version it counted with.
 */
public interface SlaCalendar {
    SlaTime businessHours();
}
