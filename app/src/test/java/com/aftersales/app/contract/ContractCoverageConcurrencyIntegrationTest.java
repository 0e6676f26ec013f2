package com.aftersales.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.RegisterServiceContractCommand;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.command.contract.CoveredUnits;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * T13 on the real database: two registrations of overlapping contracts for the same unit, sent at
 * the same moment from two threads, each in its own transaction. The per-serial advisory lock makes
 * the second wait until the first has committed its coverage rows, so exactly one wins and the
 * other is refused with {@code UNIT_ALREADY_COVERED}. Repeated, since one lucky ordering proves
 * little.
 */
class ContractCoverageConcurrencyIntegrationTest extends IntegrationTest {
    private static final ActingUser MANAGER = new ActingUser("U-T-MGR", "MANAGER", "test", "127.0.0.1");
    private static final ContractTerms TERMS =
            new ContractTerms(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(4), null, false);

    @Autowired
    CommandGateway commands;

    @Autowired
    CoveredUnits coveredUnits;

    @Autowired
    TransactionTemplate transaction;

    @RepeatedTest(5)
    void twoConcurrentRegistrationsOfOverlappingContractsForOneUnitLetExactlyOneWin_T13() throws Exception {
        String shared = "SN-T13-RACE-" + UUID.randomUUID();
        // each also covers a unit of its own, and they name the shared one in different positions
        List<RegisterServiceContractCommand> contenders = List.of(
                new RegisterServiceContractCommand(
                        ServiceContractId.random(),
                        "HT-RACE-A",
                        CustomerId.random(),
                        Set.of("SN-T13-A-" + UUID.randomUUID(), shared),
                        LocalDate.parse("2025-01-01"),
                        LocalDate.parse("2025-12-31"),
                        TERMS),
                new RegisterServiceContractCommand(
                        ServiceContractId.random(),
                        "HT-RACE-B",
                        CustomerId.random(),
                        Set.of(shared, "SN-T13-Z-" + UUID.randomUUID()),
                        LocalDate.parse("2025-06-01"),
                        LocalDate.parse("2026-05-31"),
                        TERMS));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (RegisterServiceContractCommand command : contenders) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return ActingUser.runAs(MANAGER, () -> commands.sendAndWait(command));
                } catch (RuntimeException refused) {
                    return unwrapped(refused);
                }
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn(Integer.class::isInstance).containsExactly(1);
        assertThat(results)
                .filteredOn(BusinessRuleViolation.class::isInstance)
                .singleElement()
                .satisfies(refusal ->
                        assertThat(((BusinessRuleViolation) refusal).code()).isEqualTo("UNIT_ALREADY_COVERED"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_coverage where serial_number = ?", Long.class, shared))
                .isEqualTo(1);
        String winner = results.get(0) instanceof Integer ? "HT-RACE-A" : "HT-RACE-B";
        String loser = winner.equals("HT-RACE-A")
                ? contenders.get(1).contractId().value()
                : contenders.get(0).contractId().value();
        assertThat(jdbc.queryForObject(
                        "select contract_number from contract_coverage where serial_number = ?", String.class, shared))
                .isEqualTo(winner);
        // nothing of the loser: no coverage rows, no events
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_coverage where contract_id = ?", Long.class, loser))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, loser))
                .isZero();
    }

    /**
     * The lock itself, deterministically: while one transaction holds a unit's lock (and writes a
     * coverage row for it), a registration of that unit waits; once the holder commits, the
     * registration sees the row and is refused.
     */
    @Test
    void aRegistrationWaitsForTheUnitsLockAndThenSeesWhatTheHolderCommitted_T13() throws Exception {
        String unit = "SN-T13-LOCK-" + UUID.randomUUID();
        LocalDate from = LocalDate.parse("2025-01-01");
        LocalDate until = LocalDate.parse("2025-12-31");
        ServiceContractId holder = ServiceContractId.random();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holding = pool.submit(() -> transaction.executeWithoutResult(status -> {
            assertThat(coveredUnits.coveredByOthers(new TreeSet<>(Set.of(unit)), from, until, holder))
                    .isEmpty();
            jdbc.update(
                    "insert into contract_coverage(serial_number, contract_id, customer_id, contract_number, version,"
                            + " valid_from, valid_until, response_within, business_hours_only)"
                            + " values (?, ?, ?, 'HT-LOCK-HOLDER', 1, ?, ?, 'PT1H', false)",
                    unit,
                    holder.value(),
                    CustomerId.random().value(),
                    java.sql.Date.valueOf(from),
                    java.sql.Date.valueOf(until));
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();
        RegisterServiceContractCommand contender = new RegisterServiceContractCommand(
                ServiceContractId.random(), "HT-LOCK-WAITER", CustomerId.random(), Set.of(unit), from, until, TERMS);
        Future<Object> waiting = pool.submit(() -> {
            try {
                return ActingUser.runAs(MANAGER, () -> commands.sendAndWait(contender));
            } catch (RuntimeException refused) {
                return unwrapped(refused);
            }
        });

        Object early = null;
        try {
            early = waiting.get(1, TimeUnit.SECONDS);
        } catch (TimeoutException stillWaiting) {
            // as it should: the unit is locked
        }
        assertThat(early).as("the registration did not wait for the lock").isNull();
        release.countDown();
        holding.get(20, TimeUnit.SECONDS);
        Object outcome = waiting.get(20, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(outcome).isInstanceOf(BusinessRuleViolation.class);
        assertThat(((BusinessRuleViolation) outcome).code()).isEqualTo("UNIT_ALREADY_COVERED");
        assertThat(((BusinessRuleViolation) outcome).getMessage()).contains("HT-LOCK-HOLDER");
    }

    private static Object unwrapped(RuntimeException refused) {
        return refused instanceof CommandExecutionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause()
                : refused;
    }
}
