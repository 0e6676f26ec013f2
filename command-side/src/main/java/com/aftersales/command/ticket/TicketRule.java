package com.aftersales.command.ticket;

import com.aftersales.command.common.RuleCode;

/**
 * Every way a {@link ServiceTicket} refuses a command: the rule id of docs/domain/ and the stable error
 * code that clients see in {@code problem+json} ({@code type urn:problem:rule-<code>}). Refusals
 * go through {@link #require}; tests name these constants, never the strings.
 *
 * <p>A constant is one (rule id, code) pair. Where one code serves several rules, as {@code
 * NOT_THE_ASSIGNED_ENGINEER} (T3 plan, T6 service, T7 dispatch, T9 report) and {@code
 * RATING_OUT_OF_RANGE} (T9 report, T11 callback), there is one constant per rule, named after what
 * it guards. The code strings stay as clients already know them, and so does each refusal's rule
 * id: folding them onto one rule id would change the {@code ruleId} of answers that clients and
 * dashboards already group by.
 */
public enum TicketRule implements RuleCode {
    // ---------------------------------------------------------------- the whole ticket
    /** Nothing but callbacks and the loaner's return happens on a closed ticket. */
    TICKET_CLOSED("T9", "TICKET_CLOSED"),
    /** A repair ticket closes only when its repair order is complete and the unit back with the customer. */
    REPAIR_ORDER_OPEN("T9", "REPAIR_ORDER_OPEN"),
    /** Service steps need an engineer on the task sheet. */
    NOT_ASSIGNED("T6", "NOT_ASSIGNED"),

    // ---------------------------------------------------------------- T3 plan
    PLAN_REQUIRED("T3", "PLAN_REQUIRED"),
    /** An engineer plans only their own tickets. */
    PLAN_NOT_BY_THE_ASSIGNED_ENGINEER("T3", "NOT_THE_ASSIGNED_ENGINEER"),

    // ---------------------------------------------------------------- T5 routing and logistics
    DEPARTMENT_REQUIRED("T5", "DEPARTMENT_REQUIRED"),
    ALREADY_ROUTED("T5", "ALREADY_ROUTED"),
    NOT_ROUTED("T5", "NOT_ROUTED"),
    ALREADY_ASSIGNED("T5", "ALREADY_ASSIGNED"),
    /** A LOGISTICS ticket is handled without an engineer. */
    NO_ENGINEER_ON_LOGISTICS("T5", "LOGISTICS_NEEDS_NO_ENGINEER"),
    /** Handlers and resolutions belong to LOGISTICS tickets only. */
    NOT_A_LOGISTICS_TICKET("T5", "NOT_A_LOGISTICS_TICKET"),
    HANDLER_REQUIRED("T5", "HANDLER_REQUIRED"),
    HANDLER_ALREADY_ASSIGNED("T5", "HANDLER_ALREADY_ASSIGNED"),
    NO_LOGISTICS_HANDLER("T5", "NO_LOGISTICS_HANDLER"),
    RESOLUTION_NOT_BY_THE_HANDLER("T5", "NOT_THE_ASSIGNED_HANDLER"),
    OUTCOME_REQUIRED("T5", "OUTCOME_REQUIRED"),
    ALREADY_RESOLVED("T5", "ALREADY_RESOLVED"),

    // ---------------------------------------------------------------- T6 service modes
    TASK_SHEET_INCOMPLETE("T6", "TASK_SHEET_INCOMPLETE"),
    MODE_CHANGE_BY_TRANSFER("T6", "MODE_CHANGE_BY_TRANSFER"),
    APPOINTMENT_REQUIRED("T6", "APPOINTMENT_REQUIRED"),
    CONTRACT_DEADLINE_REQUIRED("T6", "CONTRACT_DEADLINE_REQUIRED"),
    MODE_TRANSFER_NOT_ALLOWED("T6", "MODE_TRANSFER_NOT_ALLOWED"),
    /** Arrival, unit receipt and mode transfer by an engineer who does not hold the ticket. */
    SERVICE_NOT_BY_THE_ASSIGNED_ENGINEER("T6", "NOT_THE_ASSIGNED_ENGINEER"),
    NOT_ON_SITE("T6", "NOT_ON_SITE"),
    ARRIVAL_TIME_REQUIRED("T6", "ARRIVAL_TIME_REQUIRED"),
    ARRIVAL_IN_FUTURE("T6", "ARRIVAL_IN_FUTURE"),
    NOT_ARRIVED("T6", "NOT_ARRIVED"),
    NOT_IN_REPAIR("T6", "NOT_IN_REPAIR"),
    RECEIPT_TIME_REQUIRED("T6", "RECEIPT_TIME_REQUIRED"),
    RECEIPT_IN_FUTURE("T6", "RECEIPT_IN_FUTURE"),
    UNIT_ALREADY_RECEIVED("T6", "UNIT_ALREADY_RECEIVED"),
    UNIT_NOT_RECEIVED("T6", "UNIT_NOT_RECEIVED"),
    /** A repair order is opened for the unit in the workshop only while no other one of the ticket is open. */
    REPAIR_ORDER_ALREADY_OPEN("T6", "REPAIR_ORDER_ALREADY_OPEN"),
    /** A repair outcome belongs to an order opened for this ticket. */
    REPAIR_ORDER_NOT_LINKED("T6", "REPAIR_ORDER_NOT_LINKED"),
    /** The repair order is for the unit the ticket took in, by its serial number. */
    REPAIR_ORDER_OF_ANOTHER_UNIT("T6", "REPAIR_ORDER_OF_ANOTHER_UNIT"),

    // ---------------------------------------------------------------- T7 dispatch
    DISPATCH_NOT_BY_THE_ASSIGNED_ENGINEER("T7", "NOT_THE_ASSIGNED_ENGINEER"),
    DISPATCH_OF_ANOTHER_ENGINEER("T7", "DISPATCH_OF_ANOTHER_ENGINEER"),
    NOT_A_TRAVELLING_MODE("T7", "NOT_A_TRAVELLING_MODE"),
    DUPLICATE_DISPATCH("T7", "DUPLICATE_DISPATCH"),
    DISPATCH_INCOMPLETE("T7", "DISPATCH_INCOMPLETE"),
    INVALID_PERIOD("T7", "INVALID_PERIOD"),

    // ---------------------------------------------------------------- T8 difficult case
    CASE_ALREADY_OPEN("T8", "CASE_ALREADY_OPEN"),
    RESPONSIBLE_REQUIRED("T8", "RESPONSIBLE_REQUIRED"),
    HISTORY_SUMMARY_REQUIRED("T8", "HISTORY_SUMMARY_REQUIRED"),
    NO_CASE_FILE("T8", "NO_CASE_FILE"),
    /** The responsible person has no superior in the organisation chart: nobody to escalate to. */
    NO_SUPERIOR("T8", "NO_SUPERIOR"),

    // ---------------------------------------------------------------- T9 report, departure, closing
    /** Service report, departure report and (by an engineer) confirmation of another's ticket. */
    REPORT_NOT_BY_THE_ASSIGNED_ENGINEER("T9", "NOT_THE_ASSIGNED_ENGINEER"),
    REPORT_RATING_OUT_OF_RANGE("T9", "RATING_OUT_OF_RANGE"),
    SIGNATURE_REQUIRED("T9", "SIGNATURE_REQUIRED"),
    REPORT_INCOMPLETE("T9", "REPORT_INCOMPLETE"),
    REPORT_MISSING("T9", "REPORT_MISSING"),
    /** On a logistics ticket the resolution takes the place of the service report. */
    RESOLUTION_MISSING("T9", "RESOLUTION_MISSING"),
    ALREADY_CONFIRMED("T9", "ALREADY_CONFIRMED"),
    CONFIRMATION_MISSING("T9", "CONFIRMATION_MISSING"),
    DEPARTURE_NOT_ON_SITE("T9", "DEPARTURE_NOT_ON_SITE"),
    DEPARTURE_INCOMPLETE("T9", "DEPARTURE_INCOMPLETE"),
    /** Also when no arrival is recorded at all: then the departure precedes any arrival. */
    DEPARTURE_BEFORE_ARRIVAL("T9", "DEPARTURE_BEFORE_ARRIVAL"),
    DEPARTURE_IN_FUTURE("T9", "DEPARTURE_IN_FUTURE"),
    DEPARTURE_ALREADY_REPORTED("T9", "DEPARTURE_ALREADY_REPORTED"),
    DEPARTURE_REPORT_MISSING("T9", "DEPARTURE_REPORT_MISSING"),

    // ---------------------------------------------------------------- T10 loaner
    LOANER_NOT_ELIGIBLE("T10", "LOANER_NOT_ELIGIBLE"),
    LOANER_NOT_DUE("T10", "LOANER_NOT_DUE"),
    LOANER_ALREADY_PROVIDED("T10", "LOANER_ALREADY_PROVIDED"),
    LOANER_INCOMPLETE("T10", "LOANER_INCOMPLETE"),
    LOANER_CLASS_MISMATCH("T10", "LOANER_CLASS_MISMATCH"),
    LOANER_OUTSTANDING("T10", "LOANER_OUTSTANDING"),
    NO_LOANER_OUT("T10", "NO_LOANER_OUT"),

    // ---------------------------------------------------------------- T14 hold
    PAUSE_REASON_REQUIRED("T14", "PAUSE_REASON_REQUIRED"),
    ALREADY_ON_HOLD("T14", "ALREADY_ON_HOLD"),
    /** Every clock has stopped or is already due: there is nothing left to hold. */
    NOTHING_TO_PAUSE("T14", "NOTHING_TO_PAUSE"),
    NOT_ON_HOLD("T14", "NOT_ON_HOLD"),
    RESUME_BEFORE_PAUSE("T14", "RESUME_BEFORE_PAUSE"),
    /** An engineer puts on hold and resumes only their own tickets. */
    PAUSE_NOT_BY_THE_ASSIGNED_ENGINEER("T14", "NOT_THE_ASSIGNED_ENGINEER"),

    // ---------------------------------------------------------------- T11 callback
    NOT_CLOSED("T11", "NOT_CLOSED"),
    METHOD_REQUIRED("T11", "METHOD_REQUIRED"),
    CALLBACK_RATING_OUT_OF_RANGE("T11", "RATING_OUT_OF_RANGE"),
    COMPLAINT_SUMMARY_REQUIRED("T11", "COMPLAINT_SUMMARY_REQUIRED"),

    // ---------------------------------------------------------------- T12 software requests
    NOT_SOFTWARE("T12", "NOT_SOFTWARE"),
    CLASS_REQUIRED("T12", "CLASS_REQUIRED"),
    PRIORITY_OUT_OF_RANGE("T12", "PRIORITY_OUT_OF_RANGE"),
    EVALUATION_REQUIRED("T12", "EVALUATION_REQUIRED");

    private final String ruleId;
    private final String code;

    TicketRule(String ruleId, String code) {
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

    /** Refuses the command with {@code rule} unless {@code condition} holds. */
    static void require(boolean condition, TicketRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}
