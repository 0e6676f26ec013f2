package com.aftersales.command.policy;

import static com.aftersales.command.policy.PolicyRule.require;

import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ComplaintSettings;
import com.aftersales.api.policy.ExpenseCaps;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.RepairSettings;
import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.api.ticket.Urgency;
import java.math.BigDecimal;
import java.time.Duration;

/** The checks each family of settings must pass before it becomes a version of the policy. */
final class PolicySettingsRules {
    /** T3: every service request is answered within 24 h at the latest. */
    static final Duration LONGEST_RESPONSE = Duration.ofHours(24);

    private PolicySettingsRules() {}

    static void check(PolicySettings settings) {
        check(settings.ticketSla());
        check(settings.repair());
        check(settings.complaint());
        check(settings.expenseCaps());
        check(settings.review());
    }

    private static void check(TicketSlaSettings sla) {
        for (Urgency urgency : Urgency.values()) {
            Duration response = sla.responseWithin().get(urgency);
            require(
                    response != null
                            && response.compareTo(Duration.ZERO) > 0
                            && response.compareTo(LONGEST_RESPONSE) <= 0,
                    PolicyRule.RESPONSE_TIME_INVALID,
                    "T3: the response time of " + urgency + " must be set, more than 0 and at most 24 hours, not "
                            + response);
            Duration plan = sla.planWithin().get(urgency);
            require(
                    plan == null || plan.compareTo(response) >= 0,
                    PolicyRule.PLAN_TIME_INVALID,
                    "T3: the plan time of " + urgency + " (" + plan + ") is shorter than its response time (" + response
                            + ")");
        }
        require(
                sla.loanerAfterArrival().compareTo(Duration.ZERO) > 0,
                PolicyRule.LOANER_TIME_INVALID,
                "T10: a loaner must become due after more than 0, not " + sla.loanerAfterArrival());
    }

    private static void check(RepairSettings repair) {
        require(
                repair.warrantyMonths() > 0 && repair.warrantyExtensionMonths() > 0,
                PolicyRule.WARRANTY_MONTHS_INVALID,
                "R2: warranty term (" + repair.warrantyMonths() + ") and extension per repair ("
                        + repair.warrantyExtensionMonths() + ") must be positive months");
        require(
                repair.reInspectionLimit() > 0,
                PolicyRule.RE_INSPECTION_LIMIT_INVALID,
                "R4: a customer may ask for at least one re-inspection, not " + repair.reInspectionLimit());
        require(
                repair.urgentRepairWorkingDays() > 0 && repair.urgentRepairWorkingDays() <= repair.repairWorkingDays(),
                PolicyRule.REPAIR_DAYS_INVALID,
                "R6: repair times must be positive working days, URGENT (" + repair.urgentRepairWorkingDays()
                        + ") at most the ordinary one (" + repair.repairWorkingDays() + ")");
        require(
                repair.repeatWindowDays() > 0,
                PolicyRule.REPEAT_WINDOW_INVALID,
                "R12: the repeat-repair window must be positive days, not " + repair.repeatWindowDays());
        require(
                repair.urgentDiagnosisHours() > 0 && repair.urgentDiagnosisHours() <= repair.diagnosisHours(),
                PolicyRule.DIAGNOSIS_HOURS_INVALID,
                "R3: diagnosis times must be positive hours, URGENT (" + repair.urgentDiagnosisHours()
                        + ") at most the ordinary one (" + repair.diagnosisHours() + ")");
        require(
                repair.customerNoticeWorkingDays() > 0,
                PolicyRule.CUSTOMER_NOTICE_DAYS_INVALID,
                "R3: the customer notice must be due after positive working days, not "
                        + repair.customerNoticeWorkingDays());
        require(
                isPercent(repair.managementFeePercent()),
                PolicyRule.MANAGEMENT_FEE_INVALID,
                "R5: the management fee must be 0 to 100 percent, not " + repair.managementFeePercent());
        require(
                repair.outsourceChaseWorkingDays() > 0,
                PolicyRule.CHASE_DAYS_INVALID,
                "R7: a station must be chased after positive working days, not " + repair.outsourceChaseWorkingDays());
        require(
                repair.exchangeUnusedWithinDays() > 0 && repair.depreciationMonths() > 0,
                PolicyRule.EXCHANGE_TERMS_INVALID,
                "R9: the exchange period (" + repair.exchangeUnusedWithinDays() + " days) and the depreciation period ("
                        + repair.depreciationMonths() + " months) must be positive");
        require(
                repair.refundWithinDaysOfPurchase() > 0 && repair.refundLateWorkingDays() > 0,
                PolicyRule.REFUND_TERMS_INVALID,
                "R10: the refund period (" + repair.refundWithinDaysOfPurchase() + " days) and the delay ("
                        + repair.refundLateWorkingDays() + " working days) must be positive");
        require(
                isPercent(repair.samplingPercent()),
                PolicyRule.SAMPLING_PERCENT_INVALID,
                "R14: the sampling rate must be 0 to 100 percent, not " + repair.samplingPercent());
    }

    private static boolean isPercent(int value) {
        return value >= 0 && value <= 100;
    }

    private static void check(ComplaintSettings complaint) {
        require(
                complaint.feedbackWorkingDays() > 0,
                PolicyRule.FEEDBACK_DAYS_INVALID,
                "C4: complaint feedback must be due after positive working days, not "
                        + complaint.feedbackWorkingDays());
    }

    private static void check(ExpenseCaps caps) {
        for (ExpenseCategory category : ExpenseCategory.values()) {
            for (CityTier tier : CityTier.values()) {
                BigDecimal cap = caps.capOf(category, tier);
                require(
                        cap != null && cap.signum() > 0 && cap.scale() <= 2,
                        PolicyRule.EXPENSE_CAP_INVALID,
                        "X5: the cap of " + category + " in " + tier
                                + " must be set and positive, in yuan and fen, not " + cap);
            }
        }
    }

    private static void check(ReviewSettings review) {
        require(
                isPercent(review.qualityWeight())
                        && isPercent(review.attitudeWeight())
                        && isPercent(review.speedWeight())
                        && isPercent(review.satisfactionWeight())
                        && review.weightSum() == 100,
                PolicyRule.REVIEW_WEIGHTS_INVALID,
                "E1: the weights of quality (" + review.qualityWeight() + "), attitude (" + review.attitudeWeight()
                        + "), speed (" + review.speedWeight() + ") and satisfaction (" + review.satisfactionWeight()
                        + ") must be 0 to 100 per cent each and sum to 100, not " + review.weightSum());
        require(
                isPercent(review.pointsPerRepeatRepair())
                        && isPercent(review.pointsPerQcFailure())
                        && isPercent(review.pointsPerAcceptedComplaint()),
                PolicyRule.REVIEW_POINTS_INVALID,
                "E2: the points off per repeat repair (" + review.pointsPerRepeatRepair() + "), per QC failure ("
                        + review.pointsPerQcFailure() + ") and per accepted complaint ("
                        + review.pointsPerAcceptedComplaint() + ") must be 0 to 100");
    }
}
