package com.aftersales.app.policy;

import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ComplaintSettings;
import com.aftersales.api.policy.ExpenseCaps;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.PolicyVersionView;
import com.aftersales.api.policy.RepairSettings;
import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.api.ticket.Urgency;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The body of {@code PUT /api/policy} as a person fills it in: hours as numbers (0.5 is half an
 * hour) instead of ISO-8601 durations, one field per setting, so each can carry its label and its
 * error. {@link #toSettings()} makes the same {@link PolicySettings} the API takes; whether the
 * numbers make sense is the policy's to judge (PolicyRule), with its rule ids.
 */
public class PolicyForm {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    /** A year: far beyond any sensible term, small enough that no number of hours overflows. */
    private static final String MAX_HOURS = "8760";

    @NotNull
    @PositiveOrZero
    private Integer expectedVersion;

    private Map<Urgency, @NotNull @DecimalMax(MAX_HOURS) BigDecimal> responseHours = new EnumMap<>(Urgency.class);

    /** An urgency without an entry has no plan clock (LOW, by default). */
    private Map<Urgency, @DecimalMax(MAX_HOURS) BigDecimal> planHours = new EnumMap<>(Urgency.class);

    @NotNull
    @DecimalMax(MAX_HOURS)
    private BigDecimal loanerHours;

    @NotNull
    private Integer warrantyMonths;

    @NotNull
    private Integer warrantyExtensionMonths;

    @NotNull
    private Integer reInspectionLimit;

    @NotNull
    private Integer repairWorkingDays;

    @NotNull
    private Integer urgentRepairWorkingDays;

    @NotNull
    private Integer repeatWindowDays;

    @NotNull
    private Integer diagnosisHours;

    @NotNull
    private Integer urgentDiagnosisHours;

    @NotNull
    private Integer customerNoticeWorkingDays;

    @NotNull
    private Integer outsourceChaseWorkingDays;

    @NotNull
    private Integer samplingPercent;

    @NotNull
    private Integer managementFeePercent;

    @NotNull
    private Integer exchangeUnusedWithinDays;

    @NotNull
    private Integer refundWithinDaysOfPurchase;

    @NotNull
    private Integer refundLateWorkingDays;

    @NotNull
    private Integer depreciationMonths;

    @NotNull
    private Integer feedbackWorkingDays;

    /** E1, E2: the review family. */
    @NotNull
    private Integer qualityWeight;

    @NotNull
    private Integer attitudeWeight;

    @NotNull
    private Integer speedWeight;

    @NotNull
    private Integer satisfactionWeight;

    @NotNull
    private Integer pointsPerRepeatRepair;

    @NotNull
    private Integer pointsPerQcFailure;

    @NotNull
    private Integer pointsPerAcceptedComplaint;

    /** Every category and tier present, so the form binds {@code caps[LODGING][TIER_1]} into them. */
    private Map<ExpenseCategory, Map<CityTier, @NotNull BigDecimal>> caps = new EnumMap<>(ExpenseCategory.class);

    @NotBlank
    @Size(max = 500)
    private String reason;

    public PolicyForm() {
        for (ExpenseCategory category : ExpenseCategory.values()) {
            caps.put(category, new EnumMap<>(CityTier.class));
        }
    }

    /** The form filled with {@code version}'s settings, deciding on that version. */
    public static PolicyForm of(PolicyVersionView version) {
        PolicyForm form = new PolicyForm();
        PolicySettings settings = version.settings();
        form.expectedVersion = version.version();
        settings.ticketSla()
                .responseWithin()
                .forEach((urgency, within) -> form.responseHours.put(urgency, hours(within)));
        settings.ticketSla().planWithin().forEach((urgency, within) -> form.planHours.put(urgency, hours(within)));
        form.loanerHours = hours(settings.ticketSla().loanerAfterArrival());
        RepairSettings repair = settings.repair();
        form.warrantyMonths = repair.warrantyMonths();
        form.warrantyExtensionMonths = repair.warrantyExtensionMonths();
        form.reInspectionLimit = repair.reInspectionLimit();
        form.repairWorkingDays = repair.repairWorkingDays();
        form.urgentRepairWorkingDays = repair.urgentRepairWorkingDays();
        form.repeatWindowDays = repair.repeatWindowDays();
        form.diagnosisHours = repair.diagnosisHours();
        form.urgentDiagnosisHours = repair.urgentDiagnosisHours();
        form.customerNoticeWorkingDays = repair.customerNoticeWorkingDays();
        form.outsourceChaseWorkingDays = repair.outsourceChaseWorkingDays();
        form.samplingPercent = repair.samplingPercent();
        form.managementFeePercent = repair.managementFeePercent();
        form.exchangeUnusedWithinDays = repair.exchangeUnusedWithinDays();
        form.refundWithinDaysOfPurchase = repair.refundWithinDaysOfPurchase();
        form.refundLateWorkingDays = repair.refundLateWorkingDays();
        form.depreciationMonths = repair.depreciationMonths();
        form.feedbackWorkingDays = settings.complaint().feedbackWorkingDays();
        ReviewSettings review = settings.review();
        form.qualityWeight = review.qualityWeight();
        form.attitudeWeight = review.attitudeWeight();
        form.speedWeight = review.speedWeight();
        form.satisfactionWeight = review.satisfactionWeight();
        form.pointsPerRepeatRepair = review.pointsPerRepeatRepair();
        form.pointsPerQcFailure = review.pointsPerQcFailure();
        form.pointsPerAcceptedComplaint = review.pointsPerAcceptedComplaint();
        settings.expenseCaps()
                .dailyCap()
                .forEach((category, byTier) -> form.caps.get(category).putAll(byTier));
        return form;
    }

    /** The settings the form says; an empty field leaves its part out, for the policy to refuse. */
    public PolicySettings toSettings() {
        Map<Urgency, Duration> response = new EnumMap<>(Urgency.class);
        responseHours.forEach((urgency, hours) -> {
            if (hours != null) {
                response.put(urgency, duration(hours));
            }
        });
        Map<Urgency, Duration> plan = new EnumMap<>(Urgency.class);
        planHours.forEach((urgency, hours) -> {
            if (hours != null) {
                plan.put(urgency, duration(hours));
            }
        });
        Map<ExpenseCategory, Map<CityTier, BigDecimal>> dailyCap = new EnumMap<>(ExpenseCategory.class);
        caps.forEach((category, byTier) -> {
            Map<CityTier, BigDecimal> given = new EnumMap<>(CityTier.class);
            byTier.forEach((tier, cap) -> {
                if (cap != null) {
                    given.put(tier, cap);
                }
            });
            dailyCap.put(category, given);
        });
        return new PolicySettings(
                new TicketSlaSettings(response, plan, duration(loanerHours)),
                new RepairSettings(
                        warrantyMonths,
                        warrantyExtensionMonths,
                        reInspectionLimit,
                        repairWorkingDays,
                        urgentRepairWorkingDays,
                        repeatWindowDays,
                        diagnosisHours,
                        urgentDiagnosisHours,
                        customerNoticeWorkingDays,
                        outsourceChaseWorkingDays,
                        samplingPercent,
                        managementFeePercent,
                        exchangeUnusedWithinDays,
                        refundWithinDaysOfPurchase,
                        refundLateWorkingDays,
                        depreciationMonths),
                new ComplaintSettings(feedbackWorkingDays),
                new ExpenseCaps(dailyCap),
                new ReviewSettings(
                        qualityWeight,
                        attitudeWeight,
                        speedWeight,
                        satisfactionWeight,
                        pointsPerRepeatRepair,
                        pointsPerQcFailure,
                        pointsPerAcceptedComplaint));
    }

    /** To the minute: what a person can mean by a number of hours. */
    static Duration duration(BigDecimal hours) {
        return Duration.ofMinutes(hours.multiply(MINUTES_PER_HOUR)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    static BigDecimal hours(Duration duration) {
        BigDecimal hours = BigDecimal.valueOf(duration.toMinutes())
                .divide(MINUTES_PER_HOUR, 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    public Integer getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Integer expectedVersion) {
        this.expectedVersion = expectedVersion;
    }

    public Map<Urgency, BigDecimal> getResponseHours() {
        return responseHours;
    }

    public void setResponseHours(Map<Urgency, BigDecimal> responseHours) {
        this.responseHours = responseHours;
    }

    public Map<Urgency, BigDecimal> getPlanHours() {
        return planHours;
    }

    public void setPlanHours(Map<Urgency, BigDecimal> planHours) {
        this.planHours = planHours;
    }

    public BigDecimal getLoanerHours() {
        return loanerHours;
    }

    public void setLoanerHours(BigDecimal loanerHours) {
        this.loanerHours = loanerHours;
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }

    public void setWarrantyMonths(Integer warrantyMonths) {
        this.warrantyMonths = warrantyMonths;
    }

    public Integer getWarrantyExtensionMonths() {
        return warrantyExtensionMonths;
    }

    public void setWarrantyExtensionMonths(Integer warrantyExtensionMonths) {
        this.warrantyExtensionMonths = warrantyExtensionMonths;
    }

    public Integer getReInspectionLimit() {
        return reInspectionLimit;
    }

    public void setReInspectionLimit(Integer reInspectionLimit) {
        this.reInspectionLimit = reInspectionLimit;
    }

    public Integer getRepairWorkingDays() {
        return repairWorkingDays;
    }

    public void setRepairWorkingDays(Integer repairWorkingDays) {
        this.repairWorkingDays = repairWorkingDays;
    }

    public Integer getUrgentRepairWorkingDays() {
        return urgentRepairWorkingDays;
    }

    public void setUrgentRepairWorkingDays(Integer urgentRepairWorkingDays) {
        this.urgentRepairWorkingDays = urgentRepairWorkingDays;
    }

    public Integer getRepeatWindowDays() {
        return repeatWindowDays;
    }

    public void setRepeatWindowDays(Integer repeatWindowDays) {
        this.repeatWindowDays = repeatWindowDays;
    }

    public Integer getFeedbackWorkingDays() {
        return feedbackWorkingDays;
    }

    public void setFeedbackWorkingDays(Integer feedbackWorkingDays) {
        this.feedbackWorkingDays = feedbackWorkingDays;
    }

    public Integer getQualityWeight() {
        return qualityWeight;
    }

    public void setQualityWeight(Integer qualityWeight) {
        this.qualityWeight = qualityWeight;
    }

    public Integer getAttitudeWeight() {
        return attitudeWeight;
    }

    public void setAttitudeWeight(Integer attitudeWeight) {
        this.attitudeWeight = attitudeWeight;
    }

    public Integer getSpeedWeight() {
        return speedWeight;
    }

    public void setSpeedWeight(Integer speedWeight) {
        this.speedWeight = speedWeight;
    }

    public Integer getSatisfactionWeight() {
        return satisfactionWeight;
    }

    public void setSatisfactionWeight(Integer satisfactionWeight) {
        this.satisfactionWeight = satisfactionWeight;
    }

    public Integer getPointsPerRepeatRepair() {
        return pointsPerRepeatRepair;
    }

    public void setPointsPerRepeatRepair(Integer pointsPerRepeatRepair) {
        this.pointsPerRepeatRepair = pointsPerRepeatRepair;
    }

    public Integer getPointsPerQcFailure() {
        return pointsPerQcFailure;
    }

    public void setPointsPerQcFailure(Integer pointsPerQcFailure) {
        this.pointsPerQcFailure = pointsPerQcFailure;
    }

    public Integer getPointsPerAcceptedComplaint() {
        return pointsPerAcceptedComplaint;
    }

    public void setPointsPerAcceptedComplaint(Integer pointsPerAcceptedComplaint) {
        this.pointsPerAcceptedComplaint = pointsPerAcceptedComplaint;
    }

    public Map<ExpenseCategory, Map<CityTier, BigDecimal>> getCaps() {
        return caps;
    }

    public void setCaps(Map<ExpenseCategory, Map<CityTier, BigDecimal>> caps) {
        this.caps = caps;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getDiagnosisHours() {
        return diagnosisHours;
    }

    public void setDiagnosisHours(Integer diagnosisHours) {
        this.diagnosisHours = diagnosisHours;
    }

    public Integer getUrgentDiagnosisHours() {
        return urgentDiagnosisHours;
    }

    public void setUrgentDiagnosisHours(Integer urgentDiagnosisHours) {
        this.urgentDiagnosisHours = urgentDiagnosisHours;
    }

    public Integer getCustomerNoticeWorkingDays() {
        return customerNoticeWorkingDays;
    }

    public void setCustomerNoticeWorkingDays(Integer customerNoticeWorkingDays) {
        this.customerNoticeWorkingDays = customerNoticeWorkingDays;
    }

    public Integer getOutsourceChaseWorkingDays() {
        return outsourceChaseWorkingDays;
    }

    public void setOutsourceChaseWorkingDays(Integer outsourceChaseWorkingDays) {
        this.outsourceChaseWorkingDays = outsourceChaseWorkingDays;
    }

    public Integer getSamplingPercent() {
        return samplingPercent;
    }

    public void setSamplingPercent(Integer samplingPercent) {
        this.samplingPercent = samplingPercent;
    }

    public Integer getManagementFeePercent() {
        return managementFeePercent;
    }

    public void setManagementFeePercent(Integer managementFeePercent) {
        this.managementFeePercent = managementFeePercent;
    }

    public Integer getExchangeUnusedWithinDays() {
        return exchangeUnusedWithinDays;
    }

    public void setExchangeUnusedWithinDays(Integer exchangeUnusedWithinDays) {
        this.exchangeUnusedWithinDays = exchangeUnusedWithinDays;
    }

    public Integer getRefundWithinDaysOfPurchase() {
        return refundWithinDaysOfPurchase;
    }

    public void setRefundWithinDaysOfPurchase(Integer refundWithinDaysOfPurchase) {
        this.refundWithinDaysOfPurchase = refundWithinDaysOfPurchase;
    }

    public Integer getRefundLateWorkingDays() {
        return refundLateWorkingDays;
    }

    public void setRefundLateWorkingDays(Integer refundLateWorkingDays) {
        this.refundLateWorkingDays = refundLateWorkingDays;
    }

    public Integer getDepreciationMonths() {
        return depreciationMonths;
    }

    public void setDepreciationMonths(Integer depreciationMonths) {
        this.depreciationMonths = depreciationMonths;
    }
}
