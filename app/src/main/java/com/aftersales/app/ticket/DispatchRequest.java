package com.aftersales.app.ticket;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** T7: one dispatch (派工): engineer, dates, destination city and its costs in CNY. */
record DispatchRequest(
        @NotBlank @Size(max = 64) String dispatchId,
        @NotBlank @Size(max = 64) String engineerId,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotBlank @Size(max = 255) String destinationCity,

        @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
        BigDecimal travel,

        @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
        BigDecimal lodging,

        @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
        BigDecimal transport,

        @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
        BigDecimal materials,

        @NotNull Long expectedVersion) {

    RecordDispatchCommand toCommand(TicketId ticketId) {
        return new RecordDispatchCommand(
                ticketId,
                dispatchId,
                new UserId(engineerId),
                startDate,
                endDate,
                destinationCity,
                new DispatchCosts(travel, lodging, transport, materials),
                expectedVersion);
    }
}
