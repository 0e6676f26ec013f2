package com.aftersales.api.policy;

/**
 * The numbers of the repair rules: warranty term and the extension each completed repair adds
 * (R2, months), re-inspections a customer may ask for (R4), repair time in warranty and for URGENT
 * (R6, working days), the repeat-repair window (R12, days).
 */
public record RepairSettings(
        int warrantyMonths,
        int warrantyExtensionMonths,
        int reInspectionLimit,
        int repairWorkingDays,
        int urgentRepairWorkingDays,
        int repeatWindowDays) {}
