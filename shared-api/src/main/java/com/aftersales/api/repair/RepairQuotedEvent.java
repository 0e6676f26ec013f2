package com.aftersales.api.repair;

import org.axonframework.serialization.Revision;

/** R5: a paid repair was quoted (management fee of {@code policyVersion}). */
@Revision("1")
public record RepairQuotedEvent(RepairOrderId repairOrderId, RepairQuote quote, int policyVersion) {}
