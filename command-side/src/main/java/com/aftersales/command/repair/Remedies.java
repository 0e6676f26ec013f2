package com.aftersales.command.repair;

import static com.aftersales.command.repair.RepairRule.require;

import com.aftersales.api.repair.DecideExchangeCommand;
import com.aftersales.api.repair.DecideRefundCommand;
import com.aftersales.api.repair.ExchangeDecidedEvent;
import com.aftersales.api.repair.QuoteRepairCommand;
import com.aftersales.api.repair.QuotedPart;
import com.aftersales.api.repair.RefundDecidedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.command.calendar.WorkingCalendar;
import com.aftersales.command.serial.CompletedRepair;
import com.aftersales.command.serial.RegisteredSerial;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * R9 exchange and R10 refund: each command names the condition it relies on; this checks that
 * condition against the recorded order, the serial registry and the policy, and records which one
 * held with the figures it was judged by. Also R5's check of a quote's inputs.
 */
final class Remedies {
    private Remedies() {}

    /** What the order has recorded that the conditions look at (dates in the company zone). */
    record OrderFacts(
            RepairOrderId repairOrderId,
            LocalDate receivedOn,
            ZoneId zone,
            boolean diagnosed,
            List<String> partsToReplace,
            LocalDate repairDueOn) {}

    static ExchangeDecidedEvent exchange(
            DecideExchangeCommand command, OrderFacts order, RegisteredSerial serial, RepairPolicy policy) {
        require(
                command.condition() != null && command.decidedAt() != null,
                RepairRule.EXCHANGE_CONDITION_NOT_MET,
                "name the condition of the exchange");
        LocalDate decidedOn = command.decidedAt().atZone(order.zone()).toLocalDate();
        List<RepairOrderId> failedRepairs = List.of();
        switch (command.condition()) {
            case SAME_CORE_PART_FAILED_TWICE -> {
                failedRepairs = serial.completedRepairs().stream()
                        .filter(repair -> !repair.repairOrderId().equals(order.repairOrderId()))
                        .filter(repair -> repair.partsReplaced().contains(command.corePart()))
                        .map(CompletedRepair::repairOrderId)
                        .toList();
                require(
                        order.partsToReplace().contains(command.corePart()) && failedRepairs.size() >= 2,
                        RepairRule.EXCHANGE_CONDITION_NOT_MET,
                        "the core part " + command.corePart() + " must have failed again after two completed"
                                + " repairs replaced it; " + failedRepairs.size() + " did");
            }
            case SEVERE_DEFECT ->
                require(
                        order.diagnosed() && RepairOrder.hasText(command.finding()),
                        RepairRule.EXCHANGE_CONDITION_NOT_MET,
                        "a severe defect is found by a diagnosis and described");
            case UNUSED_WITHIN_DAYS -> {
                LocalDate delivered = serial.deliveredOn() != null ? serial.deliveredOn() : serial.soldOn();
                require(
                        command.unusedAndIntact()
                                && delivered != null
                                && ChronoUnit.DAYS.between(delivered, order.receivedOn())
                                        <= policy.exchangeUnusedWithinDays(),
                        RepairRule.EXCHANGE_CONDITION_NOT_MET,
                        "an unused, intact unit asked for within " + policy.exchangeUnusedWithinDays()
                                + " days of delivery (" + delivered + ")");
            }
        }
        boolean inWarranty = serial.inWarrantyOn(decidedOn, policy.warrantyMonths());
        if (inWarranty) {
            return new ExchangeDecidedEvent(
                    order.repairOrderId(),
                    command.condition(),
                    command.corePart(),
                    failedRepairs,
                    command.finding(),
                    true,
                    null,
                    null,
                    null,
                    null,
                    decidedOn,
                    policy.version());
        }
        LocalDate usedFrom = serial.warrantyStartsOn() != null ? serial.warrantyStartsOn() : serial.soldOn();
        require(
                command.purchasePrice() != null && command.purchasePrice().signum() >= 0 && usedFrom != null,
                RepairRule.PURCHASE_PRICE_REQUIRED,
                "out of warranty the unit is exchanged at its depreciated value: its purchase price and date");
        int monthsUsed = (int) ChronoUnit.MONTHS.between(usedFrom, decidedOn);
        return new ExchangeDecidedEvent(
                order.repairOrderId(),
                command.condition(),
                command.corePart(),
                failedRepairs,
                command.finding(),
                false,
                command.purchasePrice(),
                monthsUsed,
                policy.depreciationMonths(),
                Depreciation.value(command.purchasePrice(), monthsUsed, policy.depreciationMonths()),
                decidedOn,
                policy.version());
    }

    static RefundDecidedEvent refund(
            DecideRefundCommand command,
            OrderFacts order,
            RegisteredSerial serial,
            RepairPolicy policy,
            WorkingCalendar calendar) {
        require(
                command.condition() != null && command.decidedAt() != null,
                RepairRule.REFUND_CONDITION_NOT_MET,
                "name the condition of the refund");
        LocalDate decidedOn = command.decidedAt().atZone(order.zone()).toLocalDate();
        Integer late = null;
        Integer daysAfterPurchase = null;
        switch (command.condition()) {
            case FATAL_DEFECT_UNREPAIRABLE ->
                require(
                        order.diagnosed() && RepairOrder.hasText(command.finding()),
                        RepairRule.REFUND_CONDITION_NOT_MET,
                        "a fatal defect that cannot be repaired is found by a diagnosis and described");
            case LATE_DELIVERY -> {
                late = order.repairDueOn() == null ? 0 : calendar.workingDaysBetween(order.repairDueOn(), decidedOn);
                require(
                        late > policy.refundLateWorkingDays(),
                        RepairRule.REFUND_CONDITION_NOT_MET,
                        "the repair is " + late + " working days late; a refund needs more than "
                                + policy.refundLateWorkingDays());
            }
            case QUALITY_PROBLEM_SOON_AFTER_PURCHASE -> {
                daysAfterPurchase = serial.soldOn() == null
                        ? null
                        : (int) ChronoUnit.DAYS.between(serial.soldOn(), order.receivedOn());
                require(
                        command.resellable()
                                && RepairOrder.hasText(command.finding())
                                && daysAfterPurchase != null
                                && daysAfterPurchase <= policy.refundWithinDaysOfPurchase(),
                        RepairRule.REFUND_CONDITION_NOT_MET,
                        "a quality problem within " + policy.refundWithinDaysOfPurchase()
                                + " days of the purchase, the unit resellable");
            }
        }
        return new RefundDecidedEvent(
                order.repairOrderId(),
                command.condition(),
                command.finding(),
                late,
                daysAfterPurchase,
                decidedOn,
                policy.version());
    }

    /** R5: parts with a part number, a positive quantity and a price, hours, level, difficulty and travel; nothing negative. */
    static boolean validQuote(QuoteRepairCommand command) {
        if (command.parts() == null
                || command.labourHours() == null
                || command.labourHours().signum() < 0
                || command.engineerLevel() == null
                || command.difficulty() == null
                || command.travel() == null
                || command.travel().signum() < 0) {
            return false;
        }
        for (QuotedPart part : command.parts()) {
            if (!RepairOrder.hasText(part.partNumber())
                    || part.quantity() < 1
                    || part.purchasePrice() == null
                    || part.purchasePrice().signum() < 0) {
                return false;
            }
        }
        return true;
    }
}
