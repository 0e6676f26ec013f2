package com.aftersales.api.supplier;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** R3: the supplier had not answered by {@code answerDueBy}: the system's finding, to follow it up. */
@Revision("1")
public record SupplierClaimAnswerOverdueEvent(SupplierClaimId claimId, LocalDate answerDueBy) {}
