package com.aftersales.api.faultcategory;

import org.axonframework.serialization.Revision;

/** R3: {@code code} is no longer offered to new diagnoses; those that chose it keep it. */
@Revision("1")
public record FaultCategoryRetiredEvent(String code, String reason) {}
