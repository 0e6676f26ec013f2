package com.aftersales.api.contract;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * T13: record a customer's service contract: its number, the units (serial numbers) it covers, its
 * period (both days included, company zone) and its terms. The serial numbers are kept sorted; a
 * null set is an empty one (which the contract refuses).
 */
public record RegisterServiceContractCommand(
        @TargetAggregateIdentifier ServiceContractId contractId,
        String contractNumber,
        CustomerId customerId,
        Set<String> serialNumbers,
        LocalDate validFrom,
        LocalDate validUntil,
        ContractTerms terms) {
    public RegisterServiceContractCommand {
        Objects.requireNonNull(contractId, "contract id");
        Objects.requireNonNull(customerId, "customer id");
        Objects.requireNonNull(validFrom, "valid from");
        Objects.requireNonNull(validUntil, "valid until");
        Objects.requireNonNull(terms, "terms");
        serialNumbers = sorted(serialNumbers);
    }

    static Set<String> sorted(Set<String> serialNumbers) {
        return serialNumbers == null
                ? Collections.emptySortedSet()
                : Collections.unmodifiableSortedSet(new TreeSet<>(serialNumbers));
    }
}
