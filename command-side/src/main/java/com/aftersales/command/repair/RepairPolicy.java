package com.aftersales.command.repair;

/**
 * The repair rules' numbers of one company policy version (docs/domain/policy-settings.md), as a
 * repair order uses and records them: R2 warranty months and the extension per completed repair,
 * R3 diagnosis hours and the customer notice's working days, R4 re-inspections, R5 management fee,
 * R6 repair working days, R7 chase interval, R9/R10 exchange and refund windows, R9 depreciation
 * months, R12 repeat window, R14 sampling rate.
 */
public record RepairPolicy(
        int version,
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
