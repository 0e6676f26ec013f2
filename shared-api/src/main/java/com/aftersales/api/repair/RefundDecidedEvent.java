package com.aftersales.api.repair;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * R10: the unit is refunded (退款) instead of repaired, because {@code condition} held: the
 * unrepairable fatal defect ({@code finding}); {@code workingDaysLate} working days after the repair
 * was due; or a quality problem {@code daysAfterPurchase} days after the purchase with the unit
 * resellable. Decided on {@code decidedOn} under {@code policyVersion}; the unused figures are null.
 */
@Revision("1")
public record RefundDecidedEvent(
        RepairOrderId repairOrderId,
        RefundCondition condition,
        String finding,
        Integer workingDaysLate,
        Integer daysAfterPurchase,
        LocalDate decidedOn,
        int policyVersion) {}
