package com.aftersales.app.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.supplier.FindSupplierClaimQuery;
import com.aftersales.api.supplier.FindSupplierClaimsQuery;
import com.aftersales.api.supplier.SettlementKind;
import com.aftersales.api.supplier.SupplierAnswer;
import com.aftersales.api.supplier.SupplierClaimAnswerOverdueEvent;
import com.aftersales.api.supplier.SupplierClaimAnsweredEvent;
import com.aftersales.api.supplier.SupplierClaimClosedEvent;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.api.supplier.SupplierClaimOpenedEvent;
import com.aftersales.api.supplier.SupplierClaimSentEvent;
import com.aftersales.api.supplier.SupplierClaimSettledEvent;
import com.aftersales.api.supplier.SupplierClaimState;
import com.aftersales.api.supplier.SupplierClaimStepView;
import com.aftersales.api.supplier.SupplierClaimSummaryView;
import com.aftersales.api.supplier.SupplierClaimView;
import com.aftersales.app.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Supplier claims as people read them (R3): given these events of a claim in the store, then this read model. */
class SupplierClaimProjectionIntegrationTest extends IntegrationTest {
    private static final Instant T0 = Instant.parse("2031-04-01T02:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2031-04-16");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Test
    void aClaimTakenToItsEndShowsEveryStepWithWhoTookItInWhichRole_R3_S3() {
        SupplierClaimId claim = claimId();
        String supplier = "供应商-" + UUID.randomUUID();
        given(
                claim,
                List.of(
                        step(opened(claim, supplier, "SP-1"), "U-QUA", "QUALITY"),
                        step(new SupplierClaimSentEvent(claim, "CG-1", "加急", T0, 10, DUE, 2), "U-SUP", "SUPERVISOR"),
                        step(new SupplierClaimAnswerOverdueEvent(claim, DUE), "system", "SYSTEM"),
                        step(
                                new SupplierClaimAnsweredEvent(claim, SupplierAnswer.PARTLY_ACCEPTED, "只赔轴承", "RMA-9"),
                                "U-QUA",
                                "QUALITY"),
                        step(
                                new SupplierClaimSettledEvent(
                                        claim, SettlementKind.PAYMENT, new BigDecimal("99.90"), "FK-7", "到账"),
                                "U-FIN",
                                "FINANCE"),
                        step(
                                new SupplierClaimClosedEvent(claim, SupplierAnswer.PARTLY_ACCEPTED, true, "结案"),
                                "U-FIN",
                                "FINANCE")));

        SupplierClaimView view = awaitVersion(claim, 5);

        assertThat(view.state()).isEqualTo(SupplierClaimState.CLOSED);
        assertThat(view.supplierName()).isEqualTo(supplier);
        assertThat(view.partNumber()).isEqualTo("SP-1");
        assertThat(view.evidenceIds()).containsExactly("sha256:aa", "sha256:bb");
        assertThat(view.purchasingReference()).isEqualTo("CG-1");
        assertThat(view.sentAt()).isEqualTo(T0);
        assertThat(view.answerDueBy()).isEqualTo(DUE);
        assertThat(view.answerOverdue()).as("answered after all").isFalse();
        assertThat(view.answer()).isEqualTo(SupplierAnswer.PARTLY_ACCEPTED);
        assertThat(view.answerReason()).isEqualTo("只赔轴承");
        assertThat(view.supplierReference()).isEqualTo("RMA-9");
        assertThat(view.settlementKind()).isEqualTo(SettlementKind.PAYMENT);
        assertThat(view.settlementAmount()).isEqualByComparingTo("99.90");
        assertThat(view.settlementReference()).isEqualTo("FK-7");
        assertThat(view.openedAt()).isEqualTo(T0);
        assertThat(view.closedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(view.timeline())
                .extracting(
                        SupplierClaimStepView::eventType,
                        SupplierClaimStepView::actorUserId,
                        SupplierClaimStepView::actorRole)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SupplierClaimOpenedEvent", "U-QUA", "QUALITY"),
                        org.assertj.core.groups.Tuple.tuple("SupplierClaimSentEvent", "U-SUP", "SUPERVISOR"),
                        org.assertj.core.groups.Tuple.tuple("SupplierClaimAnswerOverdueEvent", "system", "SYSTEM"),
                        org.assertj.core.groups.Tuple.tuple("SupplierClaimAnsweredEvent", "U-QUA", "QUALITY"),
                        org.assertj.core.groups.Tuple.tuple("SupplierClaimSettledEvent", "U-FIN", "FINANCE"),
                        org.assertj.core.groups.Tuple.tuple("SupplierClaimClosedEvent", "U-FIN", "FINANCE"));
        assertThat(view.timeline())
                .extracting(SupplierClaimStepView::note)
                .containsExactly("轴承异响", "加急", null, "只赔轴承", "到账", "结案");
        assertThat(view.timeline().get(3).recordedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void anOverdueAnswerIsFlaggedUntilTheSupplierAnswers_R3() {
        SupplierClaimId claim = claimId();
        given(
                claim,
                List.of(
                        step(opened(claim, "供应商-" + UUID.randomUUID(), null), "U-SUP", "SUPERVISOR"),
                        step(new SupplierClaimSentEvent(claim, "CG-2", null, T0, 10, DUE, 2), "U-SUP", "SUPERVISOR"),
                        step(new SupplierClaimAnswerOverdueEvent(claim, DUE), "system", "SYSTEM")));

        SupplierClaimView view = awaitVersion(claim, 2);
        assertThat(view.answerOverdue()).isTrue();
        assertThat(view.state()).isEqualTo(SupplierClaimState.SENT_TO_PURCHASING);
        assertThat(view.partNumber()).isNull();
        assertThat(view.settlementKind()).isNull();
        assertThat(view.closedAt()).isNull();
    }

    @Test
    void anOverdueFindingAfterTheAnswerFlagsNothing_R3() {
        SupplierClaimId claim = claimId();
        given(
                claim,
                List.of(
                        step(opened(claim, "供应商-" + UUID.randomUUID(), "SP-9"), "U-SUP", "SUPERVISOR"),
                        step(new SupplierClaimSentEvent(claim, "CG-3", null, T0, 10, DUE, 2), "U-SUP", "SUPERVISOR"),
                        step(
                                new SupplierClaimAnsweredEvent(claim, SupplierAnswer.ACCEPTED, null, null),
                                "U-QUA",
                                "QUALITY"),
                        step(new SupplierClaimAnswerOverdueEvent(claim, DUE), "system", "SYSTEM")));

        SupplierClaimView view = awaitVersion(claim, 3);
        assertThat(view.answerOverdue()).isFalse();
        assertThat(view.state()).isEqualTo(SupplierClaimState.ANSWERED);
    }

    @Test
    void theListShowsClaimsNotClosedFirstNewestFirstAndFiltersBySupplierAndState_R3() {
        String supplier = "滤清器厂-" + UUID.randomUUID();
        SupplierClaimId older = claimId();
        SupplierClaimId newer = claimId();
        SupplierClaimId closed = claimId();
        given(older, List.of(step(opened(older, supplier, "A"), "U", "SUPERVISOR")), T0);
        given(newer, List.of(step(opened(newer, supplier, "B"), "U", "SUPERVISOR")), T0.plusSeconds(60));
        given(
                closed,
                List.of(
                        step(opened(closed, supplier + " 分厂", "C"), "U", "SUPERVISOR"),
                        step(new SupplierClaimSentEvent(closed, "CG", null, T0, 10, DUE, 2), "U", "SUPERVISOR"),
                        step(
                                new SupplierClaimAnsweredEvent(closed, SupplierAnswer.REJECTED, "人为损坏", null),
                                "U",
                                "QUALITY"),
                        step(
                                new SupplierClaimClosedEvent(closed, SupplierAnswer.REJECTED, false, null),
                                "U",
                                "QUALITY")),
                T0.plusSeconds(120));
        awaitVersion(older, 0);
        awaitVersion(newer, 0);
        awaitVersion(closed, 3);

        assertThat(ids(list(supplier.toUpperCase(), null)))
                .containsExactly(newer.value(), older.value(), closed.value());
        assertThat(ids(list(supplier, SupplierClaimState.CLOSED))).containsExactly(closed.value());
        assertThat(ids(list(supplier, SupplierClaimState.OPEN))).containsExactly(newer.value(), older.value());
        assertThat(ids(list(null, null))).contains(newer.value(), older.value(), closed.value());
        SupplierClaimSummaryView row = list(supplier, SupplierClaimState.CLOSED).get(0);
        assertThat(row.answer()).isEqualTo(SupplierAnswer.REJECTED);
        assertThat(row.answerDueBy()).isEqualTo(DUE);
        assertThat(row.version()).isEqualTo(3);
    }

    private record Step(Object event, String userId, String role) {}

    private static Step step(Object event, String userId, String role) {
        return new Step(event, userId, role);
    }

    private static SupplierClaimOpenedEvent opened(SupplierClaimId claim, String supplier, String part) {
        return new SupplierClaimOpenedEvent(
                claim,
                RepairOrderId.random(),
                "SN-" + claim.value().substring(0, 8),
                supplier,
                part,
                "SPINDLE",
                "轴承异响",
                List.of("sha256:aa", "sha256:bb"));
    }

    private static SupplierClaimId claimId() {
        return SupplierClaimId.forRepair(RepairOrderId.random(), "P");
    }

    private void given(SupplierClaimId claim, List<Step> steps) {
        given(claim, steps, T0);
    }

    private void given(SupplierClaimId claim, List<Step> steps, Instant from) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            messages.add(new GenericDomainEventMessage<>(
                    "SupplierClaim",
                    claim.value(),
                    i,
                    step.event(),
                    Map.of("userId", step.userId(), "role", step.role()),
                    UUID.randomUUID().toString(),
                    from.plusSeconds(i)));
        }
        transaction.executeWithoutResult(status -> eventStore.publish(messages));
    }

    private SupplierClaimView awaitVersion(SupplierClaimId claim, long version) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            SupplierClaimView view = find(claim);
            return view != null && view.version() == version && view.timeline().size() == version + 1;
        });
        return find(claim);
    }

    private SupplierClaimView find(SupplierClaimId claim) {
        return queries.query(new FindSupplierClaimQuery(claim), SupplierClaimView.class)
                .join();
    }

    private List<SupplierClaimSummaryView> list(String supplier, SupplierClaimState state) {
        return queries.query(
                        new FindSupplierClaimsQuery(supplier, state),
                        ResponseTypes.multipleInstancesOf(SupplierClaimSummaryView.class))
                .join();
    }

    private static List<String> ids(List<SupplierClaimSummaryView> rows) {
        return rows.stream().map(SupplierClaimSummaryView::claimId).toList();
    }
}
