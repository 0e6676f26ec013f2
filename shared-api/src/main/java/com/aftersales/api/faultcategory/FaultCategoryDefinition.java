package com.aftersales.api.faultcategory;

import com.aftersales.api.repair.FaultType;
import java.util.Objects;

/** One category of the list's starting defaults. */
public record FaultCategoryDefinition(
        String code, String nameZh, String nameEn, FaultType faultType, boolean coreComponent) {
    public FaultCategoryDefinition {
        Objects.requireNonNull(faultType, "faultType");
    }
}
