package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R9: the unit is exchanged (换货) instead of repaired, because {@code condition} held: for
 * SAME_CORE_PART_FAILED_TWICE the {@code corePart} and the completed repairs that replaced it
 * ({@code failedRepairs}); {@code finding} is the severe defect or the state of the unused unit.
 * Out of warranty the customer's unit counts at its depreciated value: {@code purchasePrice} less
 * {@code monthsUsed} / {@code depreciationMonths} of it, never below zero ({@code depreciatedValue});
 * in warranty these are null. Decided on {@code decidedOn} under {@code policyVersion}.
 */
@Revision("1")
public record ExchangeDecidedEvent(
        RepairOrderId repairOrderId,
        ExchangeCondition condition,
        String corePart,
        List<RepairOrderId> failedRepairs,
        String finding,
        boolean inWarranty,
        BigDecimal purchasePrice,
        Integer monthsUsed,
        Integer depreciationMonths,
        BigDecimal depreciatedValue,
        LocalDate decidedOn,
        int policyVersion) {

    public ExchangeDecidedEvent {
        failedRepairs = List.copyOf(failedRepairs);
    }
}
