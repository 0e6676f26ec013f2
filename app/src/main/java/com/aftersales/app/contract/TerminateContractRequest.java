package com.aftersales.app.contract;

import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.contract.TerminateServiceContractCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** T13: end the contract early; {@code lastDay} is the last day it still covers its units. */
record TerminateContractRequest(
        @NotNull LocalDate lastDay,
        @Size(max = 2000) String reason,
        @NotNull Integer expectedVersion) {

    TerminateServiceContractCommand toCommand(ServiceContractId contractId) {
        return new TerminateServiceContractCommand(contractId, lastDay, reason, expectedVersion);
    }
}
