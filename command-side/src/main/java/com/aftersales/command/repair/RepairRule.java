package com.aftersales.command.repair;

import com.aftersales.command.common.RuleCode;

/**
 * Every way a {@link RepairOrder} (or its intake) refuses a command: the rule id of
 * docs/domain/repair-orders.md and the stable code clients see in {@code urn:problem:rule-<code>}.
 */
public enum RepairRule implements RuleCode {
    // ---------------------------------------------------------------- the whole order
    /** Nothing changes on an order that is completed, exchanged or refunded. */
    ORDER_CLOSED("R8", "REPAIR_ORDER_CLOSED"),

    // ---------------------------------------------------------------- R1 intake
    /** The intake inspection records appearance and configuration before any work. */
    INTAKE_INSPECTION_INCOMPLETE("R1", "INTAKE_INSPECTION_INCOMPLETE"),
    /** An order is opened with its customer, urgency, receipt time and repair engineer. */
    INTAKE_INCOMPLETE("R1", "INTAKE_INCOMPLETE"),
    /** At most 10 photos or documents per order. */
    TOO_MANY_ATTACHMENTS("R1", "TOO_MANY_ATTACHMENTS"),
    /** An order names only attachments that were uploaded. */
    UNKNOWN_ATTACHMENT("R1", "UNKNOWN_ATTACHMENT"),

    // ---------------------------------------------------------------- R2 warranty facts
    /** The serial number must be in the serial registry, which the warranty is judged by. */
    SERIAL_NOT_REGISTERED("R2", "SERIAL_NOT_REGISTERED"),

    // ---------------------------------------------------------------- R3 diagnosis and notice
    NOT_AWAITING_DIAGNOSIS("R3", "NOT_AWAITING_DIAGNOSIS"),
    /** Fault type, category and a description of what was found. */
    DIAGNOSIS_INCOMPLETE("R3", "DIAGNOSIS_INCOMPLETE"),
    /** The category comes from the maintained list and is still active. */
    FAULT_CATEGORY_NOT_ACTIVE("R3", "FAULT_CATEGORY_NOT_ACTIVE"),
    /** A supplier's part or product names the supplier (its claim goes through purchasing). */
    SUPPLIER_REQUIRED("R3", "SUPPLIER_REQUIRED"),
    /** Only the assigned repair engineer diagnoses. */
    DIAGNOSIS_NOT_BY_THE_ASSIGNED_ENGINEER("R3", "NOT_THE_ASSIGNED_ENGINEER"),
    /** The customer is told after a diagnosis, once per diagnosis. */
    NOTHING_TO_NOTIFY("R3", "NOTHING_TO_NOTIFY"),
    /** The notice says how it was sent, the plan and the ready-by date. */
    NOTICE_INCOMPLETE("R3", "NOTICE_INCOMPLETE"),

    // ---------------------------------------------------------------- R4 re-inspection
    /** A re-inspection disputes a diagnosis that stands, with the customer's reason. */
    NOTHING_TO_DISPUTE("R4", "NOTHING_TO_DISPUTE"),
    REASON_REQUIRED("R4", "REASON_REQUIRED"),
    /** The policy allows this many re-inspections (one): a further request is refused. */
    RE_INSPECTION_LIMIT_REACHED("R4", "RE_INSPECTION_LIMIT_REACHED"),
    NO_RE_INSPECTION_REQUESTED("R4", "NO_RE_INSPECTION_REQUESTED"),
    /** The engineer whose diagnosis is disputed does not decide about it. */
    RE_INSPECTION_DECIDED_BY_THE_DIAGNOSING_ENGINEER("R4", "OWN_DIAGNOSIS"),

    // ---------------------------------------------------------------- R5 paid repair
    /** Only a repair the customer pays (or a negotiated one) is quoted. */
    NOT_A_PAID_REPAIR("R5", "NOT_A_PAID_REPAIR"),
    NOT_AWAITING_QUOTE("R5", "NOT_AWAITING_QUOTE"),
    /** Parts with quantity and price, hours, level, difficulty and travel, none negative. */
    QUOTE_INVALID("R5", "QUOTE_INVALID"),
    NOT_AWAITING_CONFIRMATION("R5", "NOT_AWAITING_CONFIRMATION"),
    NOT_AWAITING_PAYMENT("R5", "NOT_AWAITING_PAYMENT"),
    /** The payment is the confirmed total, with its receipt reference. */
    PAYMENT_MISMATCH("R5", "PAYMENT_MISMATCH"),
    /** A paid repair starts (in the workshop or at a station) only after the payment. */
    PAYMENT_REQUIRED("R5", "PAYMENT_REQUIRED"),

    // ---------------------------------------------------------------- R7 outsourced repair
    /** Why the company cannot repair it, the station, its contact and the pick-up voucher. */
    HAND_OVER_INCOMPLETE("R7", "HAND_OVER_INCOMPLETE"),
    NOT_AT_A_STATION("R7", "NOT_AT_A_STATION"),
    /** A unit the station could not repair goes to another station, not back to it. */
    SAME_STATION_AGAIN("R7", "SAME_STATION_AGAIN"),

    // ---------------------------------------------------------------- R8 work and quality gate
    NOT_AWAITING_REPAIR("R8", "NOT_AWAITING_REPAIR"),
    /** The assigned engineer records the work and self-checks it. */
    WORK_NOT_BY_THE_ASSIGNED_ENGINEER("R8", "NOT_THE_ASSIGNED_ENGINEER"),
    /** What was done (and which parts were replaced). */
    WORK_INCOMPLETE("R8", "WORK_INCOMPLETE"),
    NOT_AWAITING_SELF_CHECK("R8", "NOT_AWAITING_SELF_CHECK"),
    /** What was checked; what an inspector found. */
    CHECKS_REQUIRED("R8", "CHECKS_REQUIRED"),
    NOT_AWAITING_QC("R8", "NOT_AWAITING_QC"),
    /** Nobody inspects their own repair. */
    QC_BY_THE_REPAIRING_ENGINEER("R8", "OWN_REPAIR"),
    NOT_AWAITING_REPORT_APPROVAL("R8", "NOT_AWAITING_REPORT_APPROVAL"),
    /** Nobody approves the report of their own repair. */
    REPORT_APPROVED_BY_THE_REPAIRING_ENGINEER("R8", "OWN_REPAIR_REPORT"),
    /** The unit goes back only with its approved report. */
    REPORT_NOT_APPROVED("R8", "REPORT_NOT_APPROVED"),
    /** Carrier and tracking number of the return. */
    RETURN_INCOMPLETE("R8", "RETURN_INCOMPLETE"),

    // ---------------------------------------------------------------- R9 exchange, R10 refund
    EXCHANGE_CONDITION_NOT_MET("R9", "EXCHANGE_CONDITION_NOT_MET"),
    /** Out of warranty the customer's unit counts at its depreciated value: its purchase price and date are needed. */
    PURCHASE_PRICE_REQUIRED("R9", "PURCHASE_PRICE_REQUIRED"),
    REFUND_CONDITION_NOT_MET("R10", "REFUND_CONDITION_NOT_MET"),

    // ---------------------------------------------------------------- R14 sampling
    NOT_AWAITING_SAMPLING("R14", "NOT_AWAITING_SAMPLING"),
    /** Nobody inspects a sample of their own repair. */
    SAMPLING_BY_THE_REPAIRING_ENGINEER("R14", "OWN_REPAIR_SAMPLED");

    private final String ruleId;
    private final String code;

    RepairRule(String ruleId, String code) {
        this.ruleId = ruleId;
        this.code = code;
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public String code() {
        return code;
    }

    static void require(boolean condition, RepairRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
