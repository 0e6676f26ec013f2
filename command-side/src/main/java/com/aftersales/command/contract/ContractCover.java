package com.aftersales.command.contract;

import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.ServiceContractId;
import java.util.Objects;

/**
 * T13: the contract whose terms set a ticket's clocks, and the version of it that did, which the
 * ticket records.
 */
public record ContractCover(ServiceContractId contractId, String contractNumber, int version, ContractTerms terms) {
    public ContractCover {
        Objects.requireNonNull(contractId, "contract id");
        Objects.requireNonNull(terms, "terms");
    }
}
