package com.aftersales.command.repair;

import com.aftersales.api.policy.RepairSettings;
import com.aftersales.command.policy.CurrentPolicy;
import com.aftersales.command.policy.PolicyVersions;

/** The repair numbers of the committed policy version in force (PolicyVersions). */
public final class VersionedRepairPolicies implements RepairPolicies {
    private final PolicyVersions versions;

    public VersionedRepairPolicies(PolicyVersions versions) {
        this.versions = versions;
    }

    @Override
    public RepairPolicy current() {
        CurrentPolicy current = versions.current();
        return of(current.version(), current.settings().repair());
    }

    static RepairPolicy of(int version, RepairSettings repair) {
        return new RepairPolicy(
                version,
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
                repair.depreciationMonths());
    }
}
