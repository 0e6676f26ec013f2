package com.aftersales.command.contract;

import static com.aftersales.command.contract.ContractRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.contract.AmendServiceContractCommand;
import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.RegisterServiceContractCommand;
import com.aftersales.api.contract.ServiceContractAmendedEvent;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.contract.ServiceContractRegisteredEvent;
import com.aftersales.api.contract.ServiceContractTerminatedEvent;
import com.aftersales.api.contract.TerminateServiceContractCommand;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer's service contract (T13): the units (serial numbers) it covers, its period and its
 * own terms, which replace the T3 urgency hours for those units. Every change raises its {@code
 * version} by one, so a ticket can record which version set its clocks. That a unit has at most one
 * contract on any day is a fact about all contracts: {@link CoveredUnits} answers it, under a lock,
 * in the command's transaction.
 */
@Aggregate
public class ServiceContract {
    /** T3: no request waits longer than 24 hours for a response, under contract or not. */
    static final Duration LONGEST_RESPONSE = Duration.ofHours(24);

    @AggregateIdentifier
    private ServiceContractId contractId;

    private String contractNumber;
    private CustomerId customerId;
    private Set<String> serialNumbers;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private ContractTerms terms;
    private boolean terminated;
    private int version;

    protected ServiceContract() {
        // for event sourcing, and for the registration
    }

    /** Answers the contract's version, 1. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    int handle(RegisterServiceContractCommand command, CoveredUnits covered) {
        String number = command.contractNumber();
        require(
                number != null && !number.isBlank(),
                ContractRule.CONTRACT_NUMBER_REQUIRED,
                "T13: a contract number is required");
        requireUnits(command.serialNumbers());
        requirePeriod(command.validFrom(), command.validUntil());
        requireTerms(command.terms());
        requireFree(covered, command.contractId(), command.serialNumbers(), command.validFrom(), command.validUntil());
        apply(new ServiceContractRegisteredEvent(
                command.contractId(),
                1,
                number,
                command.customerId(),
                command.serialNumbers(),
                command.validFrom(),
                command.validUntil(),
                command.terms()));
        return version;
    }

    /** A change decided on an older version would undo what changed since: a lost update. */
    private void requireVersion(Integer expected) {
        require(
                expected == null || expected == version,
                ContractRule.STALE_CONTRACT_VERSION,
                "T13: contract " + contractNumber + " is at version " + version + ", not " + expected);
    }

    /** Answers the contract's new version. */
    @CommandHandler
    int handle(AmendServiceContractCommand command, CoveredUnits covered) {
        requireVersion(command.expectedVersion());
        requireOpen("amended");
        requireReason(command.reason());
        requireUnits(command.serialNumbers());
        requirePeriod(validFrom, command.validUntil());
        requireTerms(command.terms());
        require(
                !(command.serialNumbers().equals(serialNumbers)
                        && command.validUntil().equals(validUntil)
                        && command.terms().equals(terms)),
                ContractRule.AMENDMENT_CHANGES_NOTHING,
                "T13: the amendment leaves contract " + contractNumber + " as it is");
        requireFree(covered, contractId, command.serialNumbers(), validFrom, command.validUntil());
        apply(new ServiceContractAmendedEvent(
                contractId,
                version + 1,
                contractNumber,
                customerId,
                command.serialNumbers(),
                validFrom,
                command.validUntil(),
                command.terms(),
                command.reason()));
        return version;
    }

    /** Answers the contract's new version. Ending a period early frees days, so it needs no lookup. */
    @CommandHandler
    int handle(TerminateServiceContractCommand command) {
        requireVersion(command.expectedVersion());
        requireOpen("terminated again");
        requireReason(command.reason());
        LocalDate lastDay = command.lastDay();
        require(
                !lastDay.isBefore(validFrom) && !lastDay.isAfter(validUntil),
                ContractRule.TERMINATION_OUTSIDE_PERIOD,
                "T13: the last day " + lastDay + " is outside the period " + validFrom + ".." + validUntil);
        apply(new ServiceContractTerminatedEvent(
                contractId,
                version + 1,
                contractNumber,
                customerId,
                serialNumbers,
                validFrom,
                lastDay,
                validUntil,
                terms,
                command.reason()));
        return version;
    }

    private void requireOpen(String change) {
        require(
                !terminated,
                ContractRule.CONTRACT_TERMINATED,
                "T13: contract " + contractNumber + " was terminated and cannot be " + change);
    }

    private static void requireReason(String reason) {
        require(reason != null && !reason.isBlank(), ContractRule.REASON_REQUIRED, "T13: say why the contract changes");
    }

    private static void requireUnits(Set<String> units) {
        require(!units.isEmpty(), ContractRule.SERIAL_NUMBER_REQUIRED, "T13: a contract covers at least one unit");
        require(
                units.stream().noneMatch(String::isBlank),
                ContractRule.SERIAL_NUMBER_BLANK,
                "T13: a serial number cannot be blank");
    }

    private static void requirePeriod(LocalDate from, LocalDate until) {
        require(
                !from.isAfter(until),
                ContractRule.PERIOD_INVALID,
                "T13: the period starts on " + from + ", after its last day " + until);
    }

    private static void requireTerms(ContractTerms terms) {
        Duration response = terms.responseWithin();
        require(
                response.compareTo(Duration.ZERO) > 0 && response.compareTo(LONGEST_RESPONSE) <= 0,
                ContractRule.RESPONSE_TIME_OUT_OF_RANGE,
                "T13/T3: the response time must be more than zero and at most 24 hours, not " + response);
        for (Duration clock : new Duration[] {terms.onSiteWithin(), terms.fixWithin(), terms.planWithin()}) {
            require(
                    clock == null || clock.compareTo(Duration.ZERO) > 0,
                    ContractRule.CLOCK_NOT_POSITIVE,
                    "T13: a contract clock must be more than zero, not " + clock);
        }
        Duration onSite = terms.onSiteWithin();
        require(
                onSite == null || onSite.compareTo(response) >= 0,
                ContractRule.ON_SITE_SOONER_THAN_RESPONSE,
                "T13: the engineer cannot be due on site (" + onSite + ") before the response (" + response + ")");
        Duration fix = terms.fixWithin();
        Duration before = onSite == null ? response : onSite;
        require(
                fix == null || fix.compareTo(before) >= 0,
                ContractRule.FIX_SOONER_THAN_ON_SITE,
                "T13: the fix cannot be due (" + fix + ") before "
                        + (onSite == null ? "the response" : "the engineer is on site") + " (" + before + ")");
    }

    private static void requireFree(
            CoveredUnits covered, ServiceContractId contract, Set<String> units, LocalDate from, LocalDate until) {
        SortedSet<String> sorted = new TreeSet<>(units);
        List<CoveredUnits.CoveredUnit> others = covered.coveredByOthers(sorted, from, until, contract);
        if (!others.isEmpty()) {
            CoveredUnits.CoveredUnit other = others.get(0);
            throw ContractRule.UNIT_ALREADY_COVERED.violation("T13: unit " + other.serialNumber()
                    + " is already covered by contract " + other.contractNumber() + " (" + other.contractId()
                    + ") from "
                    + other.validFrom() + " to " + other.validUntil());
        }
    }

    @EventSourcingHandler
    void on(ServiceContractRegisteredEvent event) {
        contractId = event.contractId();
        version = event.version();
        contractNumber = event.contractNumber();
        customerId = event.customerId();
        serialNumbers = event.serialNumbers();
        validFrom = event.validFrom();
        validUntil = event.validUntil();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ServiceContractAmendedEvent event) {
        version = event.version();
        serialNumbers = event.serialNumbers();
        validUntil = event.validUntil();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ServiceContractTerminatedEvent event) {
        version = event.version();
        validUntil = event.validUntil();
        terminated = true;
    }
}
