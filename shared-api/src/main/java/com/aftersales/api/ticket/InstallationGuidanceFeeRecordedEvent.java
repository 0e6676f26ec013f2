package com.aftersales.api.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * M1: the installation-guidance fee (安装指导费) of an INSTALLATION ticket, {@code amount} CNY incurred
 * on {@code incurredOn} (company zone, the month it counts in). {@code coveredByContract} is derived:
 * the ticket's unit is under a service contract (T13, {@code contractNumber}), which already pays
 * for the guidance, so the monthly total after-sales cost leaves it out.
 */
@Revision("1")
public record InstallationGuidanceFeeRecordedEvent(
        TicketId ticketId,
        String feeId,
        BigDecimal amount,
        LocalDate incurredOn,
        boolean coveredByContract,
        String contractNumber) {}
