package com.aftersales.api.faultcategory;

import com.aftersales.api.repair.FaultType;
import java.time.Instant;

/**
 * One category of the list as people read it: {@code active} false once retired; {@code changedAt}
 * the time of its latest change, {@code listVersion} the list's version after it.
 */
public record FaultCategoryView(
        String code,
        String nameZh,
        String nameEn,
        FaultType faultType,
        boolean coreComponent,
        boolean active,
        Instant changedAt,
        long listVersion) {}
