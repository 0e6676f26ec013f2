package com.aftersales.command.ticket;

import com.aftersales.api.common.CustomerId;
import com.aftersales.command.contract.ContractCover;
import com.aftersales.command.contract.ContractCoverage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Contracts by customer and serial number, valid on every day: enough for the fixture tests. */
final class InMemoryUnitContracts implements ContractCoverage {
    private final Map<String, ContractCover> bySerial = new HashMap<>();
    private final Map<String, CustomerId> customerOf = new HashMap<>();

    InMemoryUnitContracts cover(CustomerId customer, String serialNumber, ContractCover contract) {
        bySerial.put(serialNumber, contract);
        customerOf.put(serialNumber, customer);
        return this;
    }

    @Override
    public Optional<ContractCover> coverFor(CustomerId customer, String serialNumber, LocalDate day) {
        return customer.equals(customerOf.get(serialNumber))
                ? Optional.of(bySerial.get(serialNumber))
                : Optional.empty();
    }
}
