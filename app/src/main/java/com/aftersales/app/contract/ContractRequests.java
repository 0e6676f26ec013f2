package com.aftersales.app.contract;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;

/** Ids as the contract API reads them. */
final class ContractRequests {
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private ContractRequests() {}

    /** A contract id from a path: anything that is not one names no contract (404), it is not bad input. */
    static ServiceContractId contractId(String id) {
        try {
            return new ServiceContractId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no service contract " + id);
        }
    }

    /** A customer id from a query parameter: null when absent, 400 when it is no id. */
    static CustomerId customerId(String field, String id) {
        if (id == null) {
            return null;
        }
        if (!id.matches(UUID)) {
            throw new InvalidFieldException(field, "a customer id");
        }
        return new CustomerId(id);
    }
}
