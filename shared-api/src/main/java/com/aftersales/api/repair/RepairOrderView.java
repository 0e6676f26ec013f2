package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A repair order as the read model shows it (list row and detail). {@code version} is the
 * aggregate's sequence number to send back as {@code expectedVersion}. Ids are plain strings.
 */
public record RepairOrderView(
        String repairOrderId,
        long version,
        String ticketId,
        String customerId,
        String serialNumber,
        String model,
        String urgency,
        RepairOrderState state,
        String engineerId,
        Instant receivedAt,
        Instant diagnosisDueAt,
        IntakeInspection inspection,
        List<AttachmentRef> attachments,
        FaultType faultType,
        String faultCategory,
        String diagnosis,
        List<String> partsToReplace,
        ResponsibilityPath responsibility,
        Payer payer,
        Instant customerNoticeDueAt,
        Instant customerNotifiedAt,
        Instant repairDueAt,
        int reInspections,
        BigDecimal quoteTotal,
        boolean paid,
        String outsourcedTo,
        int workRound,
        List<String> partsReplaced,
        String repairedBy,
        int qcFailures,
        Boolean sampled,
        String reportApprovedBy,
        String carrier,
        String trackingNumber,
        LocalDate completedOn,
        LocalDate warrantyExtendedUntil,
        List<RepairClock> breaches,
        List<String> repeatOf,
        String decision,
        Instant updatedAt) {

    public RepairOrderView {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        partsToReplace = partsToReplace == null ? List.of() : List.copyOf(partsToReplace);
        partsReplaced = partsReplaced == null ? List.of() : List.copyOf(partsReplaced);
        breaches = breaches == null ? List.of() : List.copyOf(breaches);
        repeatOf = repeatOf == null ? List.of() : List.copyOf(repeatOf);
    }
}
