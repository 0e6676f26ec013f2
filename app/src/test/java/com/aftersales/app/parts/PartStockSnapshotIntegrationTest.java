package com.aftersales.app.parts;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.app.LedgerProperties;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A part's stock snapshotted on the real database (ADR 0012, a snapshot after every
 * {@code ledger.event-store.part-stock-snapshot-every} events): the snapshot is stored with its revision, the stock decides R15 on snapshot plus later
 * events exactly as on the whole history, a snapshot of another revision is passed over, and the
 * history still shows every event from the first.
 */
class PartStockSnapshotIntegrationTest extends IntegrationTest {
    private static final int RECEIPTS = 120;

    @Autowired
    QueryGateway queries;

    @Autowired
    LedgerProperties ledger;

    private PartsSteps steps;

    @BeforeEach
    void steps() {
        steps = new PartsSteps(api);
    }

    @Test
    void aLongStockIsSnapshottedAndStillDecidesOnEveryUnit_R15() {
        String part = PartsSteps.part();
        String stream = "part:" + part;
        for (int i = 0; i < RECEIPTS; i++) {
            assertThat(steps.receive(TestUsers.SUPERVISOR, part, 1, "10.00").status())
                    .isEqualTo(200);
        }

        Map<String, Object> snapshot = jdbc.queryForMap(
                "select sequence_number, payload_revision, convert_from(payload, 'UTF8') as payload"
                        + " from snapshot_event_entry where aggregate_identifier = ?"
                        + " order by sequence_number desc limit 1",
                stream);
        long at = ((Number) snapshot.get("sequence_number")).longValue();
        // the latest snapshot is at most one interval behind the last event
        assertThat(at).isBetween((long) RECEIPTS - 1 - ledger.partStockSnapshotEvery(), (long) RECEIPTS - 1);
        assertThat(snapshot.get("payload_revision")).isEqualTo("1");
        assertThat((String) snapshot.get("payload")).contains("\"quantity\":" + (at + 1));

        // R15 on the loaded state: one unit more than on hand is refused, all of them are not
        Api.Response tooMany = writeOff(part, RECEIPTS + 1);
        assertThat(tooMany.status()).as(tooMany.raw().body()).isEqualTo(422);
        assertThat(tooMany.raw().body()).contains("STOCK_WOULD_GO_NEGATIVE");
        assertThat(writeOff(part, RECEIPTS).status()).isEqualTo(200);

        List<HistoryEntryView> history = queries.query(
                        new FindAggregateHistoryQuery(stream),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        assertThat(history).hasSize(RECEIPTS + 1);
        assertThat(history.get(0).sequenceNumber()).isZero();
        assertThat(history.get(0).eventType()).isEqualTo("PartsReceivedEvent");
    }

    @Test
    void aSnapshotOfAnotherRevisionIsPassedOverAndTheStockLoadedFromItsEvents_R15() {
        String part = PartsSteps.part();
        String stream = "part:" + part;
        for (int i = 0; i < 3; i++) {
            assertThat(steps.receive(TestUsers.SUPERVISOR, part, 1, "10.00").status())
                    .isEqualTo(200);
        }
        // a snapshot of an older shape claiming a thousand units: read, it would let 1,000 go
        jdbc.update(
                "insert into snapshot_event_entry(aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp)"
                        + " values (?, 2, 'PartStock', gen_random_uuid()::text, convert_to('{}', 'UTF8'),"
                        + " convert_to(?, 'UTF8'), '0', 'com.aftersales.command.parts.PartStock', ?)",
                stream,
                "{\"part\":{\"partNumber\":\"" + part + "\"},\"quantity\":1000,\"averageUnitCost\":10.00}",
                Instant.now().toString());

        Api.Response tooMany = writeOff(part, 4);

        assertThat(tooMany.status()).as(tooMany.raw().body()).isEqualTo(422);
        assertThat(writeOff(part, 3).status()).isEqualTo(200);
    }

    private Api.Response writeOff(String part, int quantity) {
        return api.post(
                TestUsers.SUPERVISOR,
                "/api/parts/" + part + "/write-offs",
                "{\"quantity\":" + quantity + ",\"reason\":\"盘亏 test\"}");
    }
}
