package com.aftersales.app.contract;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.contract.RegisterServiceContractCommand;
import com.aftersales.api.contract.ServiceContractId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** T13: a customer's service contract as the manager takes it from the signed paper. */
record RegisterContractRequest(
        @Size(max = 255) String contractNumber,

        @NotNull @Pattern(regexp = ContractRequests.UUID, message = "a customer id")
        String customerId,

        @Size(max = 1000) Set<@NotNull @Size(max = 255) String> serialNumbers,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil,
        @NotNull @Valid TermsRequest terms) {

    RegisterServiceContractCommand toCommand(ServiceContractId contractId) {
        return new RegisterServiceContractCommand(
                contractId,
                contractNumber,
                new CustomerId(customerId),
                serialNumbers,
                validFrom,
                validUntil,
                terms.toTerms());
    }
}
