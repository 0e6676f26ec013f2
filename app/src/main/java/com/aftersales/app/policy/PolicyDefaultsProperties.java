package com.aftersales.app.policy;

import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ExpenseCategory;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of version 1 of the company policy besides the ticket SLA (which is {@code ledger.sla}):
 * prefix {@code ledger.policy-defaults}, defaults in application.yml. They are read once, for the
 * first version; afterwards the policy changes only through its events (PUT /api/policy).
 * {@code recordFirstVersion}: unset or true records version 1 at start when there is none; false is
 * for tests that record it themselves.
 */
@ConfigurationProperties(prefix = "ledger.policy-defaults")
public record PolicyDefaultsProperties(
        Repair repair,
        Complaint complaint,
        Map<ExpenseCategory, Map<CityTier, BigDecimal>> expenseCaps,
        Boolean recordFirstVersion) {

    /** The repair numbers, named as in {@link com.aftersales.api.policy.RepairSettings}. */
    public record Repair(
            int warrantyMonths,
            int warrantyExtensionMonths,
            int reInspectionLimit,
            int repairWorkingDays,
            int urgentRepairWorkingDays,
            int repeatWindowDays,
            int diagnosisHours,
            int urgentDiagnosisHours,
            int customerNoticeWorkingDays,
            int outsourceChaseWorkingDays,
            int samplingPercent,
            int managementFeePercent,
            int exchangeUnusedWithinDays,
            int refundWithinDaysOfPurchase,
            int refundLateWorkingDays,
            int depreciationMonths) {}

    /** C4: feedback on a complaint within this many working days. */
    public record Complaint(int feedbackWorkingDays) {}
}
