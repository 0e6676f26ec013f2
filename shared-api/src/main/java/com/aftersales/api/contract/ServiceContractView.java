package com.aftersales.api.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * T13: a service contract as people read it. {@code validUntil} is the last day it covers, the
 * termination day if it was ended early ({@code terminated}); {@code version} counts its
 * registration and every change since; {@code changedAt} is when that version was recorded.
 */
public record ServiceContractView(
        String contractId,
        String contractNumber,
        String customerId,
        List<String> serialNumbers,
        LocalDate validFrom,
        LocalDate validUntil,
        ContractTerms terms,
        boolean terminated,
        int version,
        Instant changedAt) {}
