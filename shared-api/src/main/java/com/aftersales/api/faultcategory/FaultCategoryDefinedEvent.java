package com.aftersales.api.faultcategory;

import com.aftersales.api.repair.FaultType;
import org.axonframework.serialization.Revision;

/** R3: {@code code} is on the list, active, with its names, fault type and core-component flag. */
@Revision("1")
public record FaultCategoryDefinedEvent(
        String code, String nameZh, String nameEn, FaultType faultType, boolean coreComponent) {}
