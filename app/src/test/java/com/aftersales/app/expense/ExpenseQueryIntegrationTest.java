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
import com.aftersales.api.expense.ExpenseClaimApprovedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.TravelAdvancePaidEvent;
import com.aftersales.api.expense.TravelAdvanceRequestedEvent;
import com.aftersales.app.support.Api.Response;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading expense claims over HTTP (X2, X5, X6, X9, S1, S3): who may read what (an engineer only
 * their own claims and advances, 403 for anyone else's; FINANCE, SUPERVISOR, MANAGER all), the
 * queues without the reader's own claims, a flag's evidence, and bad input.
 */
class ExpenseQueryIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    private ExpenseEvents events;
    private String city;
    private LocalDate start;

    @BeforeEach
    void ownData() {
        events = new ExpenseEvents(eventStore, transaction);
        city = ExpenseEvents.city();
        start = ExpenseEvents.day();
    }

    @Test
    @DisplayName(
            "X2 S1 S3: an engineer reads only their own claims; finance, supervisor and manager read all; the queues leave out one's own")
    void whoReadsWhichClaim() {
        ExpenseClaimId mine = ExpenseClaimId.random();
        ExpenseClaimId theirs = ExpenseClaimId.random();
        Instant at = noonOf(start.plusDays(4));
        events.claim(
                mine,
                at,
                by(TestUsers.ENGINEER_ID, "ENGINEER"),
                submitted(
                        mine,
                        TestUsers.ENGINEER_ID,
                        trip(city, start),
                        List.of(line(
                                1,
                                ExpenseLineCategory.LODGING,
                                ExpenseEvents.invoiceNumber(),
                                start,
                                city,
                                "300.00"))));
        events.claim(
                theirs,
                at,
                by(TestUsers.ENGINEER_2_ID, "ENGINEER"),
                submitted(
                        theirs,
                        TestUsers.ENGINEER_2_ID,
                        trip(city, start),
                        List.of(line(
                                1, ExpenseLineCategory.MEALS, ExpenseEvents.invoiceNumber(), start, city, "90.00"))));
        events.claim(
                theirs,
                at,
                by("system", "SYSTEM"),
                new ExpenseClaimFlaggedEvent(
                        theirs,
                        1,
                        new UserId(TestUsers.ENGINEER_2_ID),
                        flag("F-1", 1, FraudRule.ROUND_AMOUNT, 10, "整数")),
                new ExpenseClaimApprovedEvent(theirs, 1, new UserId(TestUsers.SUPERVISOR_ID), "同意"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from expense_claim_view where destination_city = ? and risk_score > 0 and status = 'APPROVED'",
                                Integer.class,
                                city)
                        == 1);

        Response own = api.get(TestUsers.ENGINEER, "/api/expense-claims");
        assertThat(own.status()).isEqualTo(200);
        assertThat(ids(own.body())).contains(mine.value()).doesNotContain(theirs.value());
        assertThat(api.get(TestUsers.ENGINEER, "/api/expense-claims/" + mine).status())
                .isEqualTo(200);
        assertThat(api.get(TestUsers.ENGINEER, "/api/expense-claims/" + theirs).status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.ENGINEER, "/api/expense-claims/" + theirs + "/history")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.ENGINEER, "/api/expense-flags/" + theirs + "/F-1")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.ENGINEER, "/api/expense-claims?engineerId=" + TestUsers.ENGINEER_2_ID)
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.ENGINEER, "/api/expense-claims/audit-queue")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.ENGINEER, "/api/expense-statistics/engineers")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.CLERK, "/api/expense-claims").status()).isEqualTo(403);

        for (String reader : List.of(TestUsers.FINANCE, TestUsers.SUPERVISOR, TestUsers.MANAGER)) {
            Response claim = api.get(reader, "/api/expense-claims/" + theirs);
            assertThat(claim.status()).as(reader).isEqualTo(200);
            assertThat(claim.body().at("/summary/riskScore").asInt()).isEqualTo(10);
            assertThat(claim.body().at("/versions/0/lines/0/amount").decimalValue())
                    .isEqualByComparingTo("90.00");
            assertThat(claim.body().at("/flags/0/rule").asText()).isEqualTo("ROUND_AMOUNT");
            assertThat(ids(api.get(reader, "/api/expense-claims?engineerId=" + TestUsers.ENGINEER_2_ID)
                            .body()))
                    .contains(theirs.value());
        }
        Response versions = api.get(TestUsers.FINANCE, "/api/expense-claims/" + theirs + "/versions");
        assertThat(versions.body()).hasSize(1);
        assertThat(versions.body().get(0).at("/trip/destinationCity").asText()).isEqualTo(city);
        Response history = api.get(TestUsers.FINANCE, "/api/expense-claims/" + theirs + "/history");
        assertThat(history.body()).hasSize(3);
        assertThat(history.body().get(0).get("eventType").asText()).isEqualTo("ExpenseClaimSubmittedEvent");
        assertThat(history.body().get(0).get("actorUserId").asText()).isEqualTo(TestUsers.ENGINEER_2_ID);
        assertThat(history.body().get(0).get("actorRole").asText()).isEqualTo("ENGINEER");
        Response flag = api.get(TestUsers.FINANCE, "/api/expense-flags/" + theirs + "/F-1");
        assertThat(flag.status()).isEqualTo(200);
        assertThat(flag.body().at("/flag/explanation").asText()).isEqualTo("整数");
        assertThat(flag.body().at("/line/lineNo").asInt()).isEqualTo(1);

        assertThat(ids(api.get(TestUsers.SUPERVISOR, "/api/expense-claims/approval-queue")
                        .body()))
                .contains(mine.value())
                .doesNotContain(theirs.value());
        assertThat(ids(api.get(TestUsers.FINANCE, "/api/expense-claims/audit-queue")
                        .body()))
                .contains(theirs.value())
                .doesNotContain(mine.value());
        assertThat(api.get(TestUsers.SUPERVISOR, "/api/expense-claims/audit-queue")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.FINANCE, "/api/expense-claims/approval-queue")
                        .status())
                .isEqualTo(403);
        Response statistics = api.get(TestUsers.FINANCE, "/api/expense-statistics/engineers");
        assertThat(statistics.status()).isEqualTo(200);
        assertThat(engineers(statistics.body())).contains(TestUsers.ENGINEER_ID, TestUsers.ENGINEER_2_ID);
        assertThat(api.get(TestUsers.MANAGER, "/api/expense-rules/precision").status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("X2: unknown claims and flags are 404, bad filters 400")
    void unknownAndBadInput() {
        assertThat(api.get(TestUsers.FINANCE, "/api/expense-claims/" + ExpenseClaimId.random())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(TestUsers.FINANCE, "/api/expense-claims/not-an-id").status())
                .isEqualTo(404);
        assertThat(api.get(TestUsers.FINANCE, "/api/expense-flags/" + ExpenseClaimId.random() + "/F")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(TestUsers.FINANCE, "/api/expense-claims?limit=0").status())
                .isEqualTo(400);
        assertThat(api.get(TestUsers.FINANCE, "/api/expense-claims?status=NOPE").status())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("X9: an engineer reads their own advances; finance reads what is outstanding per engineer")
    void advances() {
        TravelAdvanceId advance = TravelAdvanceId.random();
        Instant at = noonOf(start);
        events.given(
                ExpenseEvents.ADVANCE,
                advance.value(),
                at,
                by(TestUsers.ENGINEER_2_ID, "ENGINEER"),
                new TravelAdvanceRequestedEvent(
                        advance,
                        new UserId(TestUsers.ENGINEER_2_ID),
                        city,
                        start,
                        start.plusDays(2),
                        new BigDecimal("1500.00"),
                        "安装"),
                new TravelAdvancePaidEvent(
                        advance,
                        new UserId(TestUsers.ENGINEER_2_ID),
                        new BigDecimal("1500.00"),
                        new UserId("U-T-FIN"),
                        "P"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from travel_advance_view where advance_id = ? and status = 'PAID'",
                                Integer.class,
                                advance.value())
                        == 1);
        assertThat(advanceIds(
                        api.get(TestUsers.ENGINEER_2, "/api/travel-advances").body()))
                .contains(advance.value());
        assertThat(advanceIds(
                        api.get(TestUsers.ENGINEER, "/api/travel-advances").body()))
                .doesNotContain(advance.value());
        assertThat(api.get(TestUsers.ENGINEER, "/api/travel-advances?engineerId=" + TestUsers.ENGINEER_2_ID)
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.ENGINEER, "/api/travel-advances/outstanding")
                        .status())
                .isEqualTo(403);
        Response outstanding = api.get(TestUsers.FINANCE, "/api/travel-advances/outstanding");
        assertThat(outstanding.status()).isEqualTo(200);
        assertThat(engineers(outstanding.body())).contains(TestUsers.ENGINEER_2_ID);
        assertThat(advanceIds(api.get(TestUsers.FINANCE, "/api/travel-advances?status=PAID")
                        .body()))
                .contains(advance.value());
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("claimId").asText()));
        return ids;
    }

    private static List<String> advanceIds(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("advanceId").asText()));
        return ids;
    }

    private static List<String> engineers(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("engineerId").asText()));
        return ids;
    }
}
