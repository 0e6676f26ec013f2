package com.aftersales.app.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * R15 on the real database: two approved requisitions each ask for the last unit of a part, and
 * both are issued at the same moment from two threads (two HTTP requests, each its own transaction).
 * Whatever the interleaving, stock never goes negative: one issue wins, the other is refused
 * (STOCK_WOULD_GO_NEGATIVE, 422, when it read the winner's stock; a concurrent-change conflict, 409,
 * when both read the same stock and the event store's unique sequence number stopped the second)
 * and leaves nothing behind. Repeated, since one lucky ordering proves little.
 */
class PartsIssueConcurrencyIntegrationTest extends IntegrationTest {
    private PartsSteps steps;

    @BeforeEach
    void steps() {
        steps = new PartsSteps(api);
    }

    @RepeatedTest(4)
    void twoConcurrentIssuesOfTheLastUnitNeverDriveStockNegative_R15_R11() throws Exception {
        String part = PartsSteps.part();
        steps.receive(TestUsers.SUPERVISOR, part, 1, "99.90");
        List<String> requisitions = List.of(
                steps.approved(RepairOrderId.random().value(), part, 1),
                steps.approved(RepairOrderId.random().value(), part, 1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> outcomes = new ArrayList<>();
        for (String requisition : requisitions) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return steps.step(TestUsers.SUPERVISOR, requisition, "issue");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> outcome : outcomes) {
            statuses.add(outcome.get().status());
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses).filteredOn(status -> status != 200).singleElement().isIn(409, 422);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?"
                                + " and payload_type like '%PartsIssuedEvent'",
                        Long.class, "part:" + part))
                .isEqualTo(1);
        assertThat(steps.awaitStock(part, 0).get("quantity").asInt()).isZero();
        String loser = statuses.get(0) == 200 ? requisitions.get(1) : requisitions.get(0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, loser))
                .isEqualTo(2);
    }
}
