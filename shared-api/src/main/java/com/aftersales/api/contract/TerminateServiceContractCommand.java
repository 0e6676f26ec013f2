package com.aftersales.api.contract;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** T13: end the contract early: {@code lastDay} is the last day it still covers its units. */
public record TerminateServiceContractCommand(
        @TargetAggregateIdentifier ServiceContractId contractId,
        LocalDate lastDay,
        String reason,
        Integer expectedVersion) {
    public TerminateServiceContractCommand {
        Objects.requireNonNull(contractId, "contract id");
        Objects.requireNonNull(lastDay, "last day");
    }
}
