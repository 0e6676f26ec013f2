package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** T7: one dispatch (派工): engineer, dates, person-days, destination city and costs. */
@Revision("1")
public record EngineerDispatchedEvent(
        TicketId ticketId,
        String dispatchId,
        UserId engineerId,
        ServiceMode mode,
        LocalDate startDate,
        LocalDate endDate,
        int personDays,
        String destinationCity,
        DispatchCosts costs) {}
