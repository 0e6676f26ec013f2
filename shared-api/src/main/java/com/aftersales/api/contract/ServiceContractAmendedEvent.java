package com.aftersales.api.contract;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * T13: a contract's units, end of period or terms changed; {@code version} is one more than before.
 * The event carries the whole contract as it stands now, so a reader needs no earlier event.
 */
@Revision("1")
public record ServiceContractAmendedEvent(
        ServiceContractId contractId,
        int version,
        String contractNumber,
        CustomerId customerId,
        Set<String> serialNumbers,
        LocalDate validFrom,
        LocalDate validUntil,
        ContractTerms terms,
        String reason)
        implements ServiceContractState {
    public ServiceContractAmendedEvent {
        serialNumbers = RegisterServiceContractCommand.sorted(serialNumbers);
    }
}
