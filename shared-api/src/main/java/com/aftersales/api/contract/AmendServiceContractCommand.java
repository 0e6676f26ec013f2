package com.aftersales.api.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * T13: the contract's new units, end of period and terms, all of them (what is not to change is
 * given as it is), with the reason for the change. The start of the period stays.
 */
public record AmendServiceContractCommand(
        @TargetAggregateIdentifier ServiceContractId contractId,
        Set<String> serialNumbers,
        LocalDate validUntil,
        ContractTerms terms,
        String reason) {
    public AmendServiceContractCommand {
        Objects.requireNonNull(contractId, "contract id");
        Objects.requireNonNull(validUntil, "valid until");
        Objects.requireNonNull(terms, "terms");
        serialNumbers = RegisterServiceContractCommand.sorted(serialNumbers);
    }
}
