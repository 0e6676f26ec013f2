package com.aftersales.api.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * T13: the contract's new units, end of period and terms, all of them (what is not to change is
 * given as it is), with the reason for the change. The start of the period stays. {@code
 * expectedVersion} is the contract version the person changed; a contract changed since refuses
 * (null skips the check, for callers that change it as it stands).
 */
public record AmendServiceContractCommand(
        @TargetAggregateIdentifier ServiceContractId contractId,
        Set<String> serialNumbers,
        LocalDate validUntil,
        ContractTerms terms,
        String reason,
        Integer expectedVersion) {
    public AmendServiceContractCommand {
        Objects.requireNonNull(contractId, "contract id");
        Objects.requireNonNull(validUntil, "valid until");
        Objects.requireNonNull(terms, "terms");
        serialNumbers = RegisterServiceContractCommand.sorted(serialNumbers);
    }
}
