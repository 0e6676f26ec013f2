package com.aftersales.app.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.parts.CostedLine;
import com.aftersales.api.parts.FindPartStockQuery;
import com.aftersales.api.parts.FindPartsRequisitionQuery;
import com.aftersales.api.parts.FindPartsRequisitionsQuery;
import com.aftersales.api.parts.FindStockLedgerQuery;
import com.aftersales.api.parts.PartStockView;
import com.aftersales.api.parts.PartsIssuedEvent;
import com.aftersales.api.parts.PartsReceivedEvent;
import com.aftersales.api.parts.PartsRequestedEvent;
import com.aftersales.api.parts.PartsRequisitionApprovedEvent;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.PartsRequisitionIssuedEvent;
import com.aftersales.api.parts.PartsRequisitionView;
import com.aftersales.api.parts.PartsRequisitionWrittenOffEvent;
import com.aftersales.api.parts.PartsReturnedEvent;
import com.aftersales.api.parts.RequisitionLine;
import com.aftersales.api.parts.RequisitionLineView;
import com.aftersales.api.parts.RequisitionStatus;
import com.aftersales.api.parts.StockCountedEvent;
import com.aftersales.api.parts.StockMovementKind;
import com.aftersales.api.parts.StockMovementView;
import com.aftersales.api.parts.StockWrittenOffEvent;
import com.aftersales.api.parts.UnusedPartsReturnedEvent;
import com.aftersales.api.parts.UsedLine;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.app.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The parts read models (R15, R11): given these events in the store, then these levels, ledgers and slips. */
class PartsProjectionIntegrationTest extends IntegrationTest {
    private static final Instant AT = Instant.parse("2031-04-01T02:00:00Z");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Test
    void theLevelAndTheLedgerFollowEveryMovementInOrderWithWhoAndWhen_R15() {
        String part = PartsSteps.part();
        PartsRequisitionId requisition = PartsRequisitionId.random();
        RepairOrderId order = RepairOrderId.random();
        given(
                "PartStock",
                "part:" + part,
                new PartsReceivedEvent(part, 10, cny("180.50"), "SUP-1", 10, cny("180.50"), cny("0.00")),
                new PartsIssuedEvent(part, requisition, order, 3, cny("180.50"), 7),
                new PartsReturnedEvent(part, requisition, order, 1, cny("180.50"), 8, cny("180.50"), cny("0.00")),
                new StockWrittenOffEvent(part, 2, cny("180.50"), "受潮", 6),
                new StockCountedEvent(
                        part,
                        6,
                        5,
                        -1,
                        cny("180.50"),
                        cny("-180.50"),
                        new UserId("U-SUP-01"),
                        LocalDate.of(2031, 4, 1),
                        "盘点"));

        PartStockView level = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> stock(part),
                        found -> found.map(v -> v.version() == 4).orElse(false))
                .orElseThrow();
        assertThat(level.quantity()).isEqualTo(5);
        assertThat(level.value()).isEqualByComparingTo("902.50");
        List<StockMovementView> ledger = queries.query(
                        new FindStockLedgerQuery(part), ResponseTypes.multipleInstancesOf(StockMovementView.class))
                .join();
        assertThat(ledger)
                .extracting(StockMovementView::kind)
                .containsExactly(
                        StockMovementKind.RECEIVED,
                        StockMovementKind.ISSUED,
                        StockMovementKind.RETURNED,
                        StockMovementKind.WRITTEN_OFF,
                        StockMovementKind.COUNTED);
        assertThat(ledger).extracting(StockMovementView::quantityChange).containsExactly(10, -3, 1, -2, -1);
        assertThat(ledger).extracting(StockMovementView::quantityAfter).containsExactly(10, 7, 8, 6, 5);
        assertThat(ledger.get(1).valueChange()).isEqualByComparingTo("-541.50");
        assertThat(ledger.get(1).requisitionId()).isEqualTo(requisition.value());
        assertThat(ledger.get(1).repairOrderId()).isEqualTo(order.value());
        assertThat(ledger.get(0).reference()).isEqualTo("SUP-1");
        assertThat(ledger.get(3).reference()).isEqualTo("受潮");
        assertThat(ledger.get(0).actorUserId()).isEqualTo("U-TEST");
        assertThat(ledger.get(0).actorRole()).isEqualTo("SUPERVISOR");
        assertThat(ledger.get(4).recordedAt()).isEqualTo(AT.plusSeconds(4));
    }

    @Test
    void aSlipShowsItsStepsLinesAndCostAndIsFoundByItsRepairOrder_R11() {
        PartsRequisitionId requisition = PartsRequisitionId.random();
        RepairOrderId order = RepairOrderId.random();
        given(
                "PartsRequisition",
                requisition.value(),
                new PartsRequestedEvent(
                        requisition,
                        order,
                        List.of(new RequisitionLine("P-A", 2, "坏"), new RequisitionLine("P-B", 1, "磨损")),
                        new UserId("U-ENG-01")),
                new PartsRequisitionApprovedEvent(requisition, order, new UserId("U-SUP-01")),
                new PartsRequisitionIssuedEvent(
                        requisition,
                        order,
                        List.of(new CostedLine("P-A", 2, cny("10.00")), new CostedLine("P-B", 1, cny("5.50")))),
                new UnusedPartsReturnedEvent(requisition, order, List.of(new CostedLine("P-A", 1, cny("10.00")))),
                new PartsRequisitionWrittenOffEvent(
                        requisition,
                        order,
                        List.of(
                                new UsedLine("P-A", 2, 1, 1, cny("10.00"), cny("10.00")),
                                new UsedLine("P-B", 1, 0, 1, cny("5.50"), cny("5.50"))),
                        cny("15.50"),
                        LocalDate.of(2031, 4, 1)));

        PartsRequisitionView slip = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> slip(requisition),
                        found -> found.map(v -> v.version() == 4).orElse(false))
                .orElseThrow();
        assertThat(slip.status()).isEqualTo(RequisitionStatus.WRITTEN_OFF);
        assertThat(slip.requestedBy()).isEqualTo("U-ENG-01");
        assertThat(slip.approvedBy()).isEqualTo("U-SUP-01");
        assertThat(slip.requestedAt()).isEqualTo(AT);
        assertThat(slip.issuedAt()).isEqualTo(AT.plusSeconds(2));
        assertThat(slip.writtenOffOn()).isEqualTo(LocalDate.of(2031, 4, 1));
        assertThat(slip.totalCost()).isEqualByComparingTo("15.50");
        assertThat(slip.lines())
                .containsExactly(
                        new RequisitionLineView("P-A", 2, "坏", 2, 1, cny("10.00"), cny("10.00")),
                        new RequisitionLineView("P-B", 1, "磨损", 1, 0, cny("5.50"), cny("5.50")));
        List<PartsRequisitionView> ofTheOrder = queries.query(
                        new FindPartsRequisitionsQuery(order.value(), null),
                        ResponseTypes.multipleInstancesOf(PartsRequisitionView.class))
                .join();
        assertThat(ofTheOrder).extracting(PartsRequisitionView::requisitionId).containsExactly(requisition.value());
        assertThat(queries.query(
                                new FindPartsRequisitionsQuery(order.value(), RequisitionStatus.REQUESTED),
                                ResponseTypes.multipleInstancesOf(PartsRequisitionView.class))
                        .join())
                .isEmpty();
    }

    private Optional<PartStockView> stock(String part) {
        return queries.query(new FindPartStockQuery(part), ResponseTypes.optionalInstanceOf(PartStockView.class))
                .join();
    }

    private Optional<PartsRequisitionView> slip(PartsRequisitionId requisition) {
        return queries.query(
                        new FindPartsRequisitionQuery(requisition.value()),
                        ResponseTypes.optionalInstanceOf(PartsRequisitionView.class))
                .join();
    }

    private void given(String type, String aggregate, Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>(
                    type,
                    aggregate,
                    i,
                    events[i],
                    Map.of("userId", "U-TEST", "role", "SUPERVISOR"),
                    UUID.randomUUID().toString(),
                    AT.plusSeconds(i)));
        }
        transaction.executeWithoutResult(status -> eventStore.publish(messages));
    }

    private static BigDecimal cny(String amount) {
        return new BigDecimal(amount);
    }
}
