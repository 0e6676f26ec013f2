package com.aftersales.api.contract;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * T13: a service contract was recorded, at {@code version} 1: the units it covers (sorted serial
 * numbers), its period (both days included) and its terms. The customer appears only by id.
 */
@Revision("1")
public record ServiceContractRegisteredEvent(
        ServiceContractId contractId,
        int version,
        String contractNumber,
        CustomerId customerId,
        Set<String> serialNumbers,
        LocalDate validFrom,
        LocalDate validUntil,
        ContractTerms terms)
        implements ServiceContractState {
    public ServiceContractRegisteredEvent {
        serialNumbers = RegisterServiceContractCommand.sorted(serialNumbers);
    }
}
