package com.aftersales.api.faultcategory;

import org.axonframework.serialization.Revision;

/** R3: the retired {@code code} is offered to new diagnoses again. */
@Revision("1")
public record FaultCategoryReinstatedEvent(String code, String reason) {}
