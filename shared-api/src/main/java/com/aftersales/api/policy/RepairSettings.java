package com.aftersales.api.policy;

/**
 * The numbers of the repair rules: warranty term and the extension each completed repair adds (R2,
 * months); diagnosis time after receipt, ordinary and URGENT (R3, hours), and the customer notice
 * after the diagnosis (R3, working days); re-inspections a customer may ask for (R4); the
 * management fee on parts of a paid repair (R5, percent of the purchase price); repair time in
 * warranty and for URGENT (R6, working days); how often an outside station is chased (R7, working
 * days); exchange of an unused unit after receipt (R9, days) and the depreciation period (R9,
 * months); refund within days of purchase and after a delay in working days (R10); the
 * repeat-repair window (R12, days); the share of completed repairs sampled (R14, percent).
 *
 * <p>Revision 1 of the policy event had only the R2, R4, R6 and R12 numbers; a version recorded then
 * used the rules' defaults for the others (PolicySettingsChangedEvent's upcaster says so).
 */
public record RepairSettings(
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
