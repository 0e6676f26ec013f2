package com.aftersales.api.contract;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * T13: a contract ends early: {@code validUntil} is now its last day (it was {@code
 * previousValidUntil}); {@code version} is one more than before. It carries the whole contract as
 * it stands, so a reader needs no earlier event. A terminated contract takes no further change.
 */
@Revision("1")
public record ServiceContractTerminatedEvent(
        ServiceContractId contractId,
        int version,
        String contractNumber,
        CustomerId customerId,
        Set<String> serialNumbers,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate previousValidUntil,
        ContractTerms terms,
        String reason)
        implements ServiceContractState {
    public ServiceContractTerminatedEvent {
        serialNumbers = RegisterServiceContractCommand.sorted(serialNumbers);
    }
}
