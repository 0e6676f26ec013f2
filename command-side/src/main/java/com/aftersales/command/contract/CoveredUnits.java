package com.aftersales.command.contract;

import com.aftersales.api.contract.ServiceContractId;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * T13, set-wide: which other contracts cover any of these units on a day of a period. Asked by a
 * registration or amendment before it applies its event. The answer must stay true until the
 * command's transaction ends, so an implementation locks the serial numbers for that long: two
 * contracts for the same unit and days cannot both pass.
 */
@FunctionalInterface
public interface CoveredUnits {
    /**
     * The coverage of other contracts than {@code except} that overlaps {@code from}..{@code until}
     * (both included) on any of {@code serialNumbers}; empty when the units are free then.
     */
    List<CoveredUnit> coveredByOthers(
            SortedSet<String> serialNumbers, LocalDate from, LocalDate until, ServiceContractId except);

    /** One unit, the contract that covers it, and that contract's period. */
    record CoveredUnit(
            String serialNumber,
            ServiceContractId contractId,
            String contractNumber,
            LocalDate validFrom,
            LocalDate validUntil) {}
}
