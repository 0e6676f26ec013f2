package com.aftersales.app.contract;

import com.aftersales.api.contract.AmendServiceContractCommand;
import com.aftersales.api.contract.ServiceContractId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * T13: the contract's units, end of period and terms as they are to be from now on, and why; {@code
 * expectedVersion} is the contract's {@code version} the person saw.
 */
record AmendContractRequest(
        @Size(max = 1000) Set<@NotNull @Size(max = 255) String> serialNumbers,
        @NotNull LocalDate validUntil,
        @NotNull @Valid TermsRequest terms,
        @Size(max = 2000) String reason,
        @NotNull Integer expectedVersion) {

    AmendServiceContractCommand toCommand(ServiceContractId contractId) {
        return new AmendServiceContractCommand(
                contractId, serialNumbers, validUntil, terms.toTerms(), reason, expectedVersion);
    }
}
