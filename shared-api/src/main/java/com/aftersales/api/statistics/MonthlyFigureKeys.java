package com.aftersales.api.statistics;

import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.Urgency;
import java.util.ArrayList;
import java.util.List;

/**
 * The stable keys of the monthly figures (M1, M2), public API: reports record them, pages and
 * exports label them ({@code figure.<key>} in the statistics messages). Defined in
 * docs/domain/monthly-statistics.md. {@link #ORDER} is the fixed order a month's figures are listed
 * in, M1 first; the per-model repair figures ({@link #diagnosedOfModel} and the two after it)
 * follow them, model by model.
 */
public final class MonthlyFigureKeys {
    // M1
    public static final String INSTALLATION_PERSON_TIMES = "m1.installation.personTimes";
    public static final String INSTALLATION_PERSON_DAYS = "m1.installation.personDays";
    public static final String INSTALLATION_COST = "m1.installation.cost";
    public static final String INSTALLATION_GUIDANCE_FEE = "m1.installation.guidanceFee";
    public static final String INSTALLATION_GUIDANCE_FEE_COVERED = "m1.installation.guidanceFeeCovered";
    public static final String DISPATCH_PERSON_TIMES = "m1.dispatch.personTimes";
    public static final String DISPATCH_PERSON_DAYS = "m1.dispatch.personDays";
    public static final String DISPATCH_COST = "m1.dispatch.cost";
    public static final String TRANSPORT_COST = "m1.transport.cost";
    public static final String MATERIAL_COST = "m1.material.cost";
    /** Derived: installation + dispatch + transport + material cost − covered guidance fees. */
    public static final String TOTAL_COST = "m1.total.cost";

    // M2: tickets
    public static final String TICKETS_REGISTERED = "m2.tickets.registered";
    // M2: SLA, derived over every clock
    public static final String SLA_COMPLIANCE = "m2.sla.compliance";
    // M2: first-time fix
    public static final String FTF_CLOSED = "m2.firstTimeFix.closed";
    public static final String FTF_FIXED = "m2.firstTimeFix.fixed";
    public static final String FTF_RATE = "m2.firstTimeFix.rate";
    // M2: repeat repair
    public static final String REPAIRS_DIAGNOSED = "m2.repairs.diagnosed";
    public static final String REPAIRS_REPEAT = "m2.repairs.repeat";
    public static final String REPAIRS_REPEAT_RATE = "m2.repairs.repeatRate";
    // M2: complaints
    public static final String COMPLAINTS_RECEIVED = "m2.complaints.received";
    public static final String COMPLAINTS_ACCEPTED = "m2.complaints.accepted";
    public static final String COMPLAINTS_REJECTED = "m2.complaints.rejected";
    public static final String COMPLAINTS_FEEDBACK_GIVEN = "m2.complaints.feedback.given";
    public static final String COMPLAINTS_FEEDBACK_ON_TIME = "m2.complaints.feedback.onTime";
    public static final String COMPLAINTS_FEEDBACK_ON_TIME_RATE = "m2.complaints.feedback.onTimeRate";
    public static final String COMPLAINTS_FEEDBACK_OVERDUE = "m2.complaints.feedback.overdue";
    // M2: expense claims
    public static final String EXPENSES_CLAIMED_COUNT = "m2.expenses.claimed.count";
    public static final String EXPENSES_CLAIMED_AMOUNT = "m2.expenses.claimed.amount";
    public static final String EXPENSES_PAID_COUNT = "m2.expenses.paid.count";
    public static final String EXPENSES_PAID_AMOUNT = "m2.expenses.paid.amount";
    public static final String EXPENSES_REJECTED = "m2.expenses.rejected";
    public static final String EXPENSES_FLAGS_RAISED = "m2.expenses.flags.raised";
    public static final String EXPENSES_FLAGS_CONFIRMED = "m2.expenses.flags.confirmed";
    // M2: outsourced repairs
    public static final String OUTSOURCED_SENT = "m2.outsourced.sent";
    public static final String OUTSOURCED_RETURNED = "m2.outsourced.returned";
    public static final String OUTSOURCED_TURNAROUND_DAYS = "m2.outsourced.turnaroundDays";
    public static final String OUTSOURCED_AVERAGE_TURNAROUND_DAYS = "m2.outsourced.averageTurnaroundDays";

    // M2: repeat repair per product model: the prefix followed by the model
    public static final String REPAIRS_DIAGNOSED_BY_MODEL = "m2.repairs.diagnosed.model.";
    public static final String REPAIRS_REPEAT_BY_MODEL = "m2.repairs.repeat.model.";
    public static final String REPAIRS_REPEAT_RATE_BY_MODEL = "m2.repairs.repeatRate.model.";

    /** Every figure with a fixed key, in the order a month lists them: M1 first. */
    public static final List<String> ORDER = order();

    private MonthlyFigureKeys() {}

    public static String urgency(Urgency urgency) {
        return "m2.tickets.urgency." + urgency.name();
    }

    public static String channel(IntakeChannel channel) {
        return "m2.tickets.channel." + channel.name();
    }

    public static String mode(ServiceMode mode) {
        return "m2.tickets.mode." + mode.name();
    }

    public static String slaStarted(SlaClock clock) {
        return "m2.sla." + clock.name() + ".started";
    }

    public static String slaBreached(SlaClock clock) {
        return "m2.sla." + clock.name() + ".breached";
    }

    public static String slaCompliance(SlaClock clock) {
        return "m2.sla." + clock.name() + ".compliance";
    }

    public static String acceptedIn(ComplaintCategory category) {
        return COMPLAINTS_ACCEPTED + "." + category.name();
    }

    /** Repairs of product model {@code model} diagnosed for the first time in the month. */
    public static String diagnosedOfModel(String model) {
        return REPAIRS_DIAGNOSED_BY_MODEL + model;
    }

    /** Repeat repairs of product model {@code model} detected in the month. */
    public static String repeatOfModel(String model) {
        return REPAIRS_REPEAT_BY_MODEL + model;
    }

    /** Derived: the repeat-repair rate of product model {@code model}. */
    public static String repeatRateOfModel(String model) {
        return REPAIRS_REPEAT_RATE_BY_MODEL + model;
    }

    private static List<String> order() {
        List<String> keys = new ArrayList<>(List.of(
                INSTALLATION_PERSON_TIMES,
                INSTALLATION_PERSON_DAYS,
                INSTALLATION_COST,
                INSTALLATION_GUIDANCE_FEE,
                INSTALLATION_GUIDANCE_FEE_COVERED,
                DISPATCH_PERSON_TIMES,
                DISPATCH_PERSON_DAYS,
                DISPATCH_COST,
                TRANSPORT_COST,
                MATERIAL_COST,
                TOTAL_COST,
                TICKETS_REGISTERED));
        for (Urgency urgency : Urgency.values()) {
            keys.add(urgency(urgency));
        }
        for (IntakeChannel channel : IntakeChannel.values()) {
            keys.add(channel(channel));
        }
        for (ServiceMode mode : ServiceMode.values()) {
            keys.add(mode(mode));
        }
        for (SlaClock clock : SlaClock.values()) {
            keys.add(slaStarted(clock));
            keys.add(slaBreached(clock));
            keys.add(slaCompliance(clock));
        }
        keys.add(SLA_COMPLIANCE);
        keys.addAll(List.of(FTF_CLOSED, FTF_FIXED, FTF_RATE, REPAIRS_DIAGNOSED, REPAIRS_REPEAT, REPAIRS_REPEAT_RATE));
        keys.add(COMPLAINTS_RECEIVED);
        keys.add(COMPLAINTS_ACCEPTED);
        for (ComplaintCategory category : ComplaintCategory.values()) {
            keys.add(acceptedIn(category));
        }
        keys.addAll(List.of(
                COMPLAINTS_REJECTED,
                COMPLAINTS_FEEDBACK_GIVEN,
                COMPLAINTS_FEEDBACK_ON_TIME,
                COMPLAINTS_FEEDBACK_ON_TIME_RATE,
                COMPLAINTS_FEEDBACK_OVERDUE,
                EXPENSES_CLAIMED_COUNT,
                EXPENSES_CLAIMED_AMOUNT,
                EXPENSES_PAID_COUNT,
                EXPENSES_PAID_AMOUNT,
                EXPENSES_REJECTED,
                EXPENSES_FLAGS_RAISED,
                EXPENSES_FLAGS_CONFIRMED,
                OUTSOURCED_SENT,
                OUTSOURCED_RETURNED,
                OUTSOURCED_TURNAROUND_DAYS,
                OUTSOURCED_AVERAGE_TURNAROUND_DAYS));
        return List.copyOf(keys);
    }
}
