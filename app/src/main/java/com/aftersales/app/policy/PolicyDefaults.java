package com.aftersales.app.policy;

import com.aftersales.api.policy.ComplaintSettings;
import com.aftersales.api.policy.ExpenseCaps;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.RepairSettings;
import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.app.LedgerProperties;

/** Version 1 of the company policy: the ticket SLA of {@code ledger.sla}, the rest of {@code ledger.policy-defaults}. */
final class PolicyDefaults {
    private PolicyDefaults() {}

    static PolicySettings of(LedgerProperties ledger, PolicyDefaultsProperties defaults) {
        LedgerProperties.Sla sla = ledger.sla();
        PolicyDefaultsProperties.Repair repair = defaults.repair();
        return new PolicySettings(
                new TicketSlaSettings(sla.response(), sla.plan(), sla.loanerAfterArrival()),
                new RepairSettings(
                        repair.warrantyMonths(),
                        repair.warrantyExtensionMonths(),
                        repair.reInspectionLimit(),
                        repair.repairWorkingDays(),
                        repair.urgentRepairWorkingDays(),
                        repair.repeatWindowDays(),
                        repair.diagnosisHours(),
                        repair.urgentDiagnosisHours(),
                        repair.customerNoticeWorkingDays(),
                        repair.outsourceChaseWorkingDays(),
                        repair.samplingPercent(),
                        repair.managementFeePercent(),
                        repair.exchangeUnusedWithinDays(),
                        repair.refundWithinDaysOfPurchase(),
                        repair.refundLateWorkingDays(),
                        repair.depreciationMonths()),
                new ComplaintSettings(defaults.complaint().feedbackWorkingDays()),
                new ExpenseCaps(defaults.expenseCaps()));
    }
}
