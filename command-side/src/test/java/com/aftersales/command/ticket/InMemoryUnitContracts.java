package com.aftersales.command.ticket;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Contracts by customer and serial number, valid on every day: enough for the fixture tests. */
final class InMemoryUnitContracts implements UnitContracts {
    private final Map<String, ContractSla> bySerial = new HashMap<>();
    private final Map<String, CustomerId> customerOf = new HashMap<>();

    InMemoryUnitContracts cover(CustomerId customer, String serialNumber, ContractSla contract) {
        bySerial.put(serialNumber, contract);
        customerOf.put(serialNumber, customer);
        return this;
    }

    @Override
    public Optional<ContractSla> coverFor(CustomerId customer, String serialNumber, LocalDate day) {
        return customer.equals(customerOf.get(serialNumber))
                ? Optional.of(bySerial.get(serialNumber))
                : Optional.empty();
    }
}
