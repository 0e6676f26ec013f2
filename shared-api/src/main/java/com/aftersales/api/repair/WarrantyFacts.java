package com.aftersales.api.repair;

import java.time.LocalDate;

/**
 * R2, R3: the serial registry's facts a responsibility decision used, as they were: the registry's
 * version, the warranty's first and last day (null when unknown), the company-zone date judged and
 * whether it was in warranty on that date (with the warranty term of the policy version used).
 */
public record WarrantyFacts(
        long registryVersion,
        LocalDate warrantyStartsOn,
        LocalDate warrantyEndsOn,
        int warrantyMonths,
        LocalDate judgedOn,
        boolean inWarranty) {}
