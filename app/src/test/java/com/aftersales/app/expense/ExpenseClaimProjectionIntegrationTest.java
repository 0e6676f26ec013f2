package com.aftersales.app.expense;

import static com.aftersales.app.expense.ExpenseEvents.by;
import static com.aftersales.app.expense.ExpenseEvents.flag;
import static com.aftersales.app.expense.ExpenseEvents.line;
import static com.aftersales.app.expense.ExpenseEvents.noonOf;
import static com.aftersales.app.expense.ExpenseEvents.submitted;
import static com.aftersales.app.expense.ExpenseEvents.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ClaimStage;
import com.aftersales.api.expense.ClaimStatus;
import com.aftersales.api.expense.EngineerClaimStatisticsView;
import com.aftersales.api.expense.ExpenseClaimApprovedEvent;
import com.aftersales.api.expense.ExpenseClaimAuditedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimPaidEvent;
import com.aftersales.api.expense.ExpenseClaimRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimResubmittedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseClaimVersionView;
import com.aftersales.api.expense.ExpenseClaimView;
import com.aftersales.api.expense.ExpenseEvidenceView;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.expense.ExpenseFlagDismissedEvent;
import com.aftersales.api.expense.ExpenseFlagEvidenceView;
import com.aftersales.api.expense.ExpenseFlagView;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FindEngineerClaimStatisticsQuery;
import com.aftersales.api.expense.FindExpenseClaimQuery;
import com.aftersales.api.expense.FindExpenseFlagQuery;
import com.aftersales.api.expense.FindRulePrecisionQuery;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.PhoneDutyFailureId;
import com.aftersales.api.expense.PhoneDutyFailureRecordedEvent;
import com.aftersales.api.expense.RulePrecisionView;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.query.expense.ExpenseClaimProjection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The expense claims' read model (X2, X5, X6): given a claim's events in the store, with their
 * metadata, then this view. Each test works on an engineer, a city and a far-future trip of its
 * own, and counts only those.
 */
class ExpenseClaimProjectionIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Autowired
    ExpenseClaimProjection projection;

    private ExpenseEvents events;
    private String engineer;
    private String city;
    private LocalDate start;

    @BeforeEach
    void ownData() {
        events = new ExpenseEvents(eventStore, transaction);
        engineer = "U-EXP-" + UUID.randomUUID().toString().substring(0, 8);
        city = ExpenseEvents.city();
        start = ExpenseEvents.day();
    }

    @Test
    @DisplayName("X2 X5 X6 S3: every event of a claim shows: submitted, flagged, approved, decided, audited, paid")
    void everyEventOfAClaimShows() {
        ExpenseClaimId claim = ExpenseClaimId.random();
        Instant at = noonOf(start.plusDays(5));
        List<ExpenseLine> lines = List.of(
                line(1, ExpenseLineCategory.LODGING, ExpenseEvents.invoiceNumber(), start, city, "380.00"),
                line(2, ExpenseLineCategory.MEALS, ExpenseEvents.invoiceNumber(), start.plusDays(1), "广州", "200.00"));
        ExpenseClaimSubmittedEvent submission = submitted(claim, engineer, trip(city, start), lines);
        events.claim(claim, at, by(engineer, "ENGINEER"), submission);
        ExpenseClaimView view = awaitClaim(claim, c -> true);
        assertThat(view.summary().status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(view.summary().engineerId()).isEqualTo(engineer);
        assertThat(view.summary().destinationCity()).isEqualTo(city);
        assertThat(view.summary().startDate()).isEqualTo(start);
        assertThat(view.summary().endDate()).isEqualTo(start.plusDays(2));
        assertThat(view.summary().total()).isEqualByComparingTo("580.00");
        assertThat(view.summary().riskScore()).isZero();
        assertThat(view.versions()).hasSize(1);
        assertThat(view.versions().get(0).lines()).isEqualTo(lines);
        assertThat(view.versions().get(0).trip()).isEqualTo(submission.trip());
        assertThat(view.versions().get(0).submittedBy()).isEqualTo(engineer);

        EvidenceRef otherCity = new EvidenceRef(EvidenceKind.DOCUMENT, "receipt");
        events.claim(
                claim,
                at,
                by("system", "SYSTEM"),
                new ExpenseClaimFlaggedEvent(
                        claim,
                        1,
                        new UserId(engineer),
                        flag("F-CITY-2", 2, FraudRule.ISSUE_CITY_OFF_TRIP, 30, "广州 不在行程", otherCity)),
                new ExpenseClaimFlaggedEvent(
                        claim, 1, new UserId(engineer), flag("F-ROUND-2", 2, FraudRule.ROUND_AMOUNT, 10, "整数金额")));
        view = awaitClaim(claim, c -> c.flags().size() == 2);
        assertThat(view.summary().riskScore()).isEqualTo(40);
        assertThat(view.summary().openFlags()).isEqualTo(2);
        ExpenseFlagView cityFlag = view.flags().get(0);
        assertThat(cityFlag.flagId()).isEqualTo("F-CITY-2");
        assertThat(cityFlag.rule()).isEqualTo(FraudRule.ISSUE_CITY_OFF_TRIP);
        assertThat(cityFlag.weight()).isEqualTo(30);
        assertThat(cityFlag.values()).containsEntry("weight", "30");
        assertThat(cityFlag.evidence()).containsExactly(otherCity);
        assertThat(cityFlag.explanation()).isEqualTo("广州 不在行程");
        assertThat(cityFlag.decision()).isNull();

        events.claim(
                claim,
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new ExpenseClaimApprovedEvent(claim, 1, new UserId(TestUsers.SUPERVISOR_ID), "同意"));
        events.claim(
                claim,
                at,
                by("U-T-FIN", "FINANCE"),
                new ExpenseFlagConfirmedEvent(
                        claim,
                        1,
                        "F-CITY-2",
                        2,
                        FraudRule.ISSUE_CITY_OFF_TRIP,
                        new UserId("U-T-FIN"),
                        "假票",
                        NonReimbursableScope.LINE,
                        PenaltyId.random()),
                new ExpenseFlagDismissedEvent(
                        claim, 1, "F-ROUND-2", 2, FraudRule.ROUND_AMOUNT, new UserId("U-T-FIN"), "定额补助"),
                new ExpenseClaimAuditedEvent(claim, 1, new UserId("U-T-FIN"), new BigDecimal("380.00"), "扣除第2行"),
                new ExpenseClaimPaidEvent(
                        claim,
                        1,
                        new UserId("U-T-FIN"),
                        new BigDecimal("380.00"),
                        null,
                        BigDecimal.ZERO,
                        new BigDecimal("380.00"),
                        "PAY-1"));
        view = awaitClaim(claim, c -> c.summary().status() == ClaimStatus.PAID);
        assertThat(view.summary().riskScore())
                .as("a confirmed flag still counts, a dismissed one no more")
                .isEqualTo(30);
        assertThat(view.summary().openFlags()).isZero();
        assertThat(view.summary().reimbursable()).isEqualByComparingTo("380.00");
        assertThat(view.summary().paid()).isEqualByComparingTo("380.00");
        ExpenseClaimVersionView version = view.versions().get(0);
        assertThat(version.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(version.approvedBy()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(version.auditedBy()).isEqualTo("U-T-FIN");
        assertThat(version.paidBy()).isEqualTo("U-T-FIN");
        assertThat(version.paymentReference()).isEqualTo("PAY-1");
        ExpenseFlagView confirmed = view.flags().get(0);
        assertThat(confirmed.decision()).isEqualTo(FlagDecision.CONFIRMED);
        assertThat(confirmed.decidedBy()).isEqualTo("U-T-FIN");
        assertThat(confirmed.decidedRole()).isEqualTo("FINANCE");
        assertThat(confirmed.reason()).isEqualTo("假票");
        assertThat(confirmed.scope()).isEqualTo(NonReimbursableScope.LINE);
        assertThat(confirmed.penaltyId()).isNotNull();
        assertThat(view.flags().get(1).decision()).isEqualTo(FlagDecision.DISMISSED);

        EngineerClaimStatisticsView statistics = queries
                .query(
                        new FindEngineerClaimStatisticsQuery(),
                        ResponseTypes.multipleInstancesOf(EngineerClaimStatisticsView.class))
                .join()
                .stream()
                .filter(s -> s.engineerId().equals(engineer))
                .findFirst()
                .orElseThrow();
        assertThat(statistics.claimed()).isEqualTo(1);
        assertThat(statistics.claimedAmount()).isEqualByComparingTo("580.00");
        assertThat(statistics.paid()).isEqualTo(1);
        assertThat(statistics.paidAmount()).isEqualByComparingTo("380.00");
        assertThat(statistics.rejected()).isZero();
        assertThat(statistics.flagged()).isEqualTo(1);
        assertThat(statistics.confirmed()).isEqualTo(1);
        assertThat(statistics.confirmedAmount()).isEqualByComparingTo("580.00");
    }

    @Test
    @DisplayName("X2: a rejected claim corrected and resubmitted keeps both versions, side by side, with their lines")
    void versionsSideBySide() {
        ExpenseClaimId claim = ExpenseClaimId.random();
        Instant at = noonOf(start.plusDays(5));
        String invoice = ExpenseEvents.invoiceNumber();
        List<ExpenseLine> first = List.of(line(1, ExpenseLineCategory.LODGING, invoice, start, city, "500.00"));
        List<ExpenseLine> second = List.of(
                line(1, ExpenseLineCategory.LODGING, invoice, start, city, "350.00"),
                line(2, ExpenseLineCategory.LOCAL_TRANSPORT, ExpenseEvents.invoiceNumber(), start, city, "42.50"));
        events.claim(claim, at, by(engineer, "ENGINEER"), submitted(claim, engineer, trip(city, start), first));
        events.claim(
                claim,
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new ExpenseClaimRejectedEvent(
                        claim, 1, ClaimStage.SUPERVISOR_APPROVAL, new UserId(TestUsers.SUPERVISOR_ID), "超标"));
        awaitClaim(claim, c -> c.summary().status() == ClaimStatus.REJECTED);
        events.claim(
                claim,
                at.plusSeconds(3600),
                by(engineer, "ENGINEER"),
                new ExpenseClaimResubmittedEvent(
                        claim,
                        2,
                        1,
                        new UserId(engineer),
                        trip(city, start.plusDays(1)),
                        second,
                        new BigDecimal("392.50"),
                        "按标准改正"));
        ExpenseClaimView view = awaitClaim(claim, c -> c.summary().version() == 2);
        assertThat(view.summary().status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(view.summary().total()).isEqualByComparingTo("392.50");
        assertThat(view.summary().startDate()).isEqualTo(start.plusDays(1));
        assertThat(view.versions()).extracting(ExpenseClaimVersionView::version).containsExactly(1, 2);
        ExpenseClaimVersionView rejected = view.versions().get(0);
        assertThat(rejected.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(rejected.rejectedStage()).isEqualTo(ClaimStage.SUPERVISOR_APPROVAL);
        assertThat(rejected.rejectedBy()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(rejected.rejectReason()).isEqualTo("超标");
        assertThat(rejected.lines()).isEqualTo(first);
        ExpenseClaimVersionView corrected = view.versions().get(1);
        assertThat(corrected.previousVersion()).isEqualTo(1);
        assertThat(corrected.correctionNote()).isEqualTo("按标准改正");
        assertThat(corrected.lines()).isEqualTo(second);
        assertThat(corrected.status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    @DisplayName(
            "X5 X6: dismissing a flag lowers the risk score; the rules' precision counts confirmed of decided by month")
    void dismissLowersTheRiskScoreAndPrecisionCounts() {
        ExpenseClaimId claim = ExpenseClaimId.random();
        Instant at = noonOf(start.plusDays(5));
        events.claim(
                claim,
                at,
                by(engineer, "ENGINEER"),
                submitted(
                        claim,
                        engineer,
                        trip(city, start),
                        List.of(line(
                                1, ExpenseLineCategory.MEALS, ExpenseEvents.invoiceNumber(), start, city, "100.00"))));
        events.claim(
                claim,
                at,
                by("system", "SYSTEM"),
                new ExpenseClaimFlaggedEvent(
                        claim, 1, new UserId(engineer), flag("F-A", 1, FraudRule.SPLIT_CLAIMS, 25, "拆分")),
                new ExpenseClaimFlaggedEvent(
                        claim, 1, new UserId(engineer), flag("F-B", 0, FraudRule.SPLIT_CLAIMS, 15, "拆分")));
        assertThat(awaitClaim(claim, c -> c.flags().size() == 2).summary().riskScore())
                .isEqualTo(40);
        YearMonth month = YearMonth.from(at.atZone(ExpenseEvents.ZONE));
        long before =
                precision(month).stream().mapToLong(RulePrecisionView::decided).sum();
        events.claim(
                claim,
                at,
                by("U-T-FIN", "FINANCE"),
                new ExpenseFlagDismissedEvent(
                        claim, 1, "F-A", 1, FraudRule.SPLIT_CLAIMS, new UserId("U-T-FIN"), "同一行程"));
        ExpenseClaimView view = awaitClaim(claim, c -> c.summary().openFlags() == 1);
        assertThat(view.summary().riskScore()).isEqualTo(15);
        events.claim(
                claim,
                at,
                by("U-T-FIN", "FINANCE"),
                new ExpenseFlagConfirmedEvent(
                        claim,
                        1,
                        "F-B",
                        0,
                        FraudRule.SPLIT_CLAIMS,
                        new UserId("U-T-FIN"),
                        "故意拆分",
                        NonReimbursableScope.CLAIM,
                        PenaltyId.random()));
        assertThat(awaitClaim(claim, c -> c.summary().openFlags() == 0)
                        .summary()
                        .riskScore())
                .isEqualTo(15);
        List<RulePrecisionView> rows = precision(month);
        assertThat(rows.stream().mapToLong(RulePrecisionView::decided).sum() - before)
                .isEqualTo(2);
        RulePrecisionView split = rows.stream()
                .filter(r -> r.rule() == FraudRule.SPLIT_CLAIMS)
                .findFirst()
                .orElseThrow();
        assertThat(split.ruleId()).isEqualTo("X5");
        assertThat(split.month()).isEqualTo(month.toString());
        assertThat(split.precision())
                .isEqualByComparingTo(BigDecimal.valueOf(split.confirmed())
                        .divide(BigDecimal.valueOf(split.decided()), 4, java.math.RoundingMode.HALF_UP));
    }

    @Test
    @DisplayName("X2 X5: a redelivered or replayed event changes nothing")
    void redeliveryIsIdempotent() {
        ExpenseClaimId claim = ExpenseClaimId.random();
        Instant at = noonOf(start.plusDays(5));
        ExpenseClaimSubmittedEvent submission = submitted(
                claim,
                engineer,
                trip(city, start),
                List.of(line(1, ExpenseLineCategory.MEALS, ExpenseEvents.invoiceNumber(), start, city, "100.00")));
        ExpenseClaimFlaggedEvent flagged = new ExpenseClaimFlaggedEvent(
                claim, 1, new UserId(engineer), flag("F-R", 1, FraudRule.ROUND_AMOUNT, 10, "整"));
        ExpenseFlagDismissedEvent dismissed =
                new ExpenseFlagDismissedEvent(claim, 1, "F-R", 1, FraudRule.ROUND_AMOUNT, new UserId("U-T-FIN"), "定额");
        events.claim(claim, at, by(engineer, "ENGINEER"), submission);
        events.claim(claim, at, by("system", "SYSTEM"), flagged);
        events.claim(claim, at, by("U-T-FIN", "FINANCE"), dismissed);
        ExpenseClaimView settled =
                awaitClaim(claim, c -> c.flags().size() == 1 && c.flags().get(0).decision() != null);
        assertThat(settled.summary().riskScore()).isZero();

        again(claim, submission, 0, at);
        again(claim, flagged, 1, at);
        again(claim, new ExpenseClaimApprovedEvent(claim, 1, new UserId(TestUsers.SUPERVISOR_ID), "重放"), 1, at);
        again(claim, dismissed, 2, at);
        ExpenseClaimView view = queries.query(
                        new FindExpenseClaimQuery(claim), ResponseTypes.instanceOf(ExpenseClaimView.class))
                .join();
        assertThat(view).isEqualTo(settled);
        Integer lines = jdbc.queryForObject(
                "select count(*) from expense_claim_line_view where claim_id = ?", Integer.class, claim.value());
        assertThat(lines).isEqualTo(1);
    }

    @Test
    @DisplayName("X5 X7: a flag's evidence shows the recorded event it names and the other claim with the same invoice")
    void aFlagsEvidenceShowsTheFacts() {
        ExpenseClaimId earlier = ExpenseClaimId.random();
        ExpenseClaimId later = ExpenseClaimId.random();
        String otherEngineer = engineer + "-2";
        String invoice = ExpenseEvents.invoiceNumber();
        Instant at = noonOf(start.plusDays(5));
        events.claim(
                earlier,
                at,
                by(otherEngineer, "ENGINEER"),
                submitted(
                        earlier,
                        otherEngineer,
                        trip(city, start),
                        List.of(line(1, ExpenseLineCategory.LODGING, invoice, start, city, "300.00"))));
        events.claim(
                later,
                at,
                by(engineer, "ENGINEER"),
                submitted(
                        later,
                        engineer,
                        trip(city, start),
                        List.of(
                                line(1, ExpenseLineCategory.MEALS, ExpenseEvents.invoiceNumber(), start, city, "80.00"),
                                line(2, ExpenseLineCategory.LODGING, invoice, start, city, "300.00"))));
        PhoneDutyFailureId failure = PhoneDutyFailureId.random();
        String failureEvent = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                "PhoneDutyFailure",
                failure.value(),
                0,
                new PhoneDutyFailureRecordedEvent(failure, new UserId(engineer), at.minusSeconds(86_400), null, "未接"),
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                failureEvent,
                at)));
        events.claim(
                later,
                at,
                by("system", "SYSTEM"),
                new ExpenseClaimFlaggedEvent(
                        later,
                        1,
                        new UserId(engineer),
                        flag(
                                "F-DUP-2",
                                2,
                                FraudRule.DUPLICATE_INVOICE,
                                50,
                                "发票已由他人报销",
                                new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, earlier.value()),
                                new EvidenceRef(EvidenceKind.EVENT, failureEvent),
                                new EvidenceRef(EvidenceKind.PHONE_DUTY_FAILURE, failure.value()),
                                new EvidenceRef(EvidenceKind.DOCUMENT, "paper"))));
        awaitClaim(later, c -> c.flags().size() == 1);

        ExpenseFlagEvidenceView flag = queries.query(
                        new FindExpenseFlagQuery(later, "F-DUP-2"),
                        ResponseTypes.instanceOf(ExpenseFlagEvidenceView.class))
                .join();
        assertThat(flag.flag().explanation()).isEqualTo("发票已由他人报销");
        assertThat(flag.line().lineNo()).isEqualTo(2);
        ExpenseEvidenceView otherClaim = flag.evidence().get(0);
        assertThat(otherClaim.resolved()).isTrue();
        assertThat(otherClaim.invoiceUses()).singleElement().satisfies(use -> {
            assertThat(use.claimId()).isEqualTo(earlier.value());
            assertThat(use.engineerId()).isEqualTo(otherEngineer);
            assertThat(use.lineNo()).isEqualTo(1);
            assertThat(use.invoice()).isEqualTo("044001900111 " + invoice);
        });
        for (ExpenseEvidenceView recorded : flag.evidence().subList(1, 3)) {
            assertThat(recorded.resolved()).isTrue();
            assertThat(recorded.facts()).singleElement().satisfies(fact -> {
                assertThat(fact.eventType()).isEqualTo("PhoneDutyFailureRecordedEvent");
                assertThat(fact.actorUserId()).isEqualTo(TestUsers.SUPERVISOR_ID);
                assertThat(fact.actorRole()).isEqualTo("SUPERVISOR");
            });
        }
        assertThat(flag.evidence().get(3).resolved()).isFalse();
        assertThat(queries.query(
                                new FindExpenseFlagQuery(later, "F-NONE"),
                                ResponseTypes.instanceOf(ExpenseFlagEvidenceView.class))
                        .join())
                .isNull();
    }

    private List<RulePrecisionView> precision(YearMonth month) {
        return queries
                .query(new FindRulePrecisionQuery(), ResponseTypes.multipleInstancesOf(RulePrecisionView.class))
                .join()
                .stream()
                .filter(r -> r.month().equals(month.toString()))
                .toList();
    }

    private void again(ExpenseClaimId claim, Object event, long sequence, Instant at) {
        try {
            new AnnotationEventHandlerAdapter(projection)
                    .handle(new GenericDomainEventMessage<>(
                            ExpenseEvents.CLAIM,
                            claim.value(),
                            sequence,
                            event,
                            by("U-T-FIN", "FINANCE"),
                            UUID.randomUUID().toString(),
                            at.plusSeconds(99)));
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private ExpenseClaimView awaitClaim(ExpenseClaimId claim, Predicate<ExpenseClaimView> until) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> queries.query(
                                        new FindExpenseClaimQuery(claim),
                                        ResponseTypes.instanceOf(ExpenseClaimView.class))
                                .join(),
                        view -> view != null && until.test(view));
    }
}
