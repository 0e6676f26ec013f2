package com.aftersales.api.contract;

import java.util.Objects;

/** T13: one contract as it stands now; answered with a {@link ServiceContractView}, or null if unknown. */
public record FindServiceContractQuery(ServiceContractId contractId) {
    public FindServiceContractQuery {
        Objects.requireNonNull(contractId, "contract id");
    }
}
