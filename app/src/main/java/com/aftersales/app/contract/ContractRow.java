package com.aftersales.app.contract;

import com.aftersales.api.contract.ServiceContractView;
import java.time.LocalDate;

/**
 * A contract as its pages show it (T13): the customer by name, and where it stands on the company's
 * today: in force, not yet in force, over, or ended early.
 */
public record ContractRow(ServiceContractView contract, String customerName, Status status) {

    public enum Status {
        IN_FORCE,
        NOT_YET_IN_FORCE,
        EXPIRED,
        TERMINATED
    }

    static ContractRow of(ServiceContractView contract, String customerName, LocalDate today) {
        return new ContractRow(contract, customerName, status(contract, today));
    }

    static Status status(ServiceContractView contract, LocalDate today) {
        if (contract.terminated()) {
            return Status.TERMINATED;
        }
        if (today.isBefore(contract.validFrom())) {
            return Status.NOT_YET_IN_FORCE;
        }
        return today.isAfter(contract.validUntil()) ? Status.EXPIRED : Status.IN_FORCE;
    }

    /** A terminated contract takes no amendment or termination (CONTRACT_TERMINATED). */
    public boolean changeable() {
        return !contract.terminated();
    }

    public String responseHours() {
        return FormValues.roundedHours(contract.terms().responseWithin());
    }

    public String onSiteHours() {
        return FormValues.roundedHours(contract.terms().onSiteWithin());
    }

    public String fixHours() {
        return FormValues.roundedHours(contract.terms().fixWithin());
    }

    public String planHours() {
        return FormValues.roundedHours(contract.terms().planWithin());
    }
}
