package com.aftersales.command.contract;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * T13: the contract that covers a customer's unit on a day, as last committed. Asked by the ticket
 * intake: a unit under contract gets the contract's terms instead of the T3 urgency hours.
 */
@FunctionalInterface
public interface ContractCoverage {
    /**
     * The cover of {@code serialNumber} on {@code day} (company zone), only by a contract of {@code
     * customer} whose period, ended early or not, includes that day; empty otherwise.
     */
    Optional<ContractCover> coverFor(CustomerId customer, String serialNumber, LocalDate day);
}
