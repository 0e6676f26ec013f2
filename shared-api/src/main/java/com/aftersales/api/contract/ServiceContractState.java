package com.aftersales.api.contract;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.Set;

/**
 * T13: the whole contract as it stands after one of its events. Each contract event carries it, so
 * a reader of any one event (a lookup table, a read model) needs no earlier event.
 */
public interface ServiceContractState {
    ServiceContractId contractId();

    int version();

    String contractNumber();

    CustomerId customerId();

    Set<String> serialNumbers();

    LocalDate validFrom();

    /** The last day covered, included; after a termination the new last day. */
    LocalDate validUntil();

    ContractTerms terms();
}
