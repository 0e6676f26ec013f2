package com.aftersales.app.ticket;

import com.aftersales.api.ticket.RecordInstallationGuidanceFeeCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** M1: an installation-guidance fee in CNY; without {@code feeId} the ledger gives it one. */
record GuidanceFeeRequest(
        @Size(max = 64) String feeId,

        @NotNull @Positive @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @NotNull LocalDate incurredOn,
        @NotNull Long expectedVersion) {

    RecordInstallationGuidanceFeeCommand toCommand(TicketId ticketId) {
        String id = feeId == null || feeId.isBlank() ? "GF-" + UUID.randomUUID() : feeId.strip();
        return new RecordInstallationGuidanceFeeCommand(ticketId, id, amount, incurredOn, expectedVersion);
    }
}
