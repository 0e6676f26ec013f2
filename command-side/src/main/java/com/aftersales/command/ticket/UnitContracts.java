package com.aftersales.command.ticket;

import com.aftersales.api.common.CustomerId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/** T13: the service contract, if any, that covers a customer's unit on a day. */
public interface UnitContracts {

    Optional<ContractSla> coverFor(CustomerId customer, String serialNumber, LocalDate day);

    /**
     * A contract's service terms as a ticket's clocks need them: response is required, the other
     * clocks are null when the contract sets none.
     */
    record ContractSla(
            String contractId,
            String contractNumber,
            int version,
            Duration responseWithin,
            Duration onSiteWithin,
            Duration planWithin,
            Duration fixWithin,
            boolean businessHours) {}
}
