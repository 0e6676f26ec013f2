package com.aftersales.command.contract;

import com.aftersales.api.contract.ServiceContractId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** The coverage lookup as fixture tests want it: whatever rows the test has put in. */
final class InMemoryCoveredUnits implements CoveredUnits {
    private final List<CoveredUnit> rows = new ArrayList<>();
    private final List<SortedSet<String>> asked = new ArrayList<>();

    InMemoryCoveredUnits cover(String serial, ServiceContractId contract, String number, String from, String until) {
        rows.add(new CoveredUnit(serial, contract, number, LocalDate.parse(from), LocalDate.parse(until)));
        return this;
    }

    /** The serial numbers of each question, in the order asked. */
    List<SortedSet<String>> asked() {
        return asked;
    }

    @Override
    public List<CoveredUnit> coveredByOthers(
            SortedSet<String> serialNumbers, LocalDate from, LocalDate until, ServiceContractId except) {
        asked.add(serialNumbers);
        return rows.stream()
                .filter(row -> serialNumbers.contains(row.serialNumber()))
                .filter(row -> !row.contractId().equals(except))
                .filter(row ->
                        !row.validFrom().isAfter(until) && !row.validUntil().isBefore(from))
                .toList();
    }
}
