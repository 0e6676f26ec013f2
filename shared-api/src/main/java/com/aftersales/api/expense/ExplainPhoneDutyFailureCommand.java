package com.aftersales.api.expense;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * X7, S2: a SUPERVISOR (not the engineer concerned) records the engineer's explanation and whether
 * it is accepted; an accepted explanation keeps the phone allowance.
 */
public record ExplainPhoneDutyFailureCommand(
        @TargetAggregateIdentifier PhoneDutyFailureId failureId, String explanation, boolean accepted) {}
