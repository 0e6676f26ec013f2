package com.aftersales.command.faultcategory;

import com.aftersales.api.repair.FaultType;

/** One category of the list as the command side reads it (R3): retired ones too, {@code active} false. */
public record FaultCategoryEntry(String code, FaultType faultType, boolean coreComponent, boolean active) {}
