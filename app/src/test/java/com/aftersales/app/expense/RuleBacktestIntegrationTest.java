package com.aftersales.app.expense;

import static com.aftersales.app.expense.ScreeningSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.expense.ExpenseFlagDismissedEvent;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * X5, X6 on PostgreSQL: two claims recorded on a far-future day of their own, their ROUND_AMOUNT
 * flags confirmed and dismissed by finance; FINANCE backtests the rule with a step of 50 and sees
 * per line what it would flag against the history, with the totals, and nothing is written. Other
 * roles 403, bad input 400. The claims' events are appended as the claim would record them.
 */
class RuleBacktestIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore events;

    @Autowired
    PlatformTransactionManager transactions;

    private static final Map<String, String> AS_ENGINEER =
            Map.of(ActorMetadata.USER_ID, TestUsers.ENGINEER_ID, ActorMetadata.ROLE, "ENGINEER");
    private static final Map<String, String> AS_SYSTEM =
            Map.of(ActorMetadata.USER_ID, ActorMetadata.SYSTEM_USER, ActorMetadata.ROLE, ActorMetadata.SYSTEM_ROLE);
    private static final Map<String, String> AS_FINANCE =
            Map.of(ActorMetadata.USER_ID, "U-T-FIN", ActorMetadata.ROLE, "FINANCE");

    private void append(ExpenseClaimId claim, long sequence, Object event, Map<String, String> metaData, Instant at) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publish(new GenericDomainEventMessage<>(
                        "ExpenseClaim",
                        claim.value(),
                        sequence,
                        event,
                        metaData,
                        UUID.randomUUID().toString(),
                        at)));
    }

    private static ExpenseFlag roundFlag(int line, String amount) {
        return new ExpenseFlag(
                "ROUND_AMOUNT-v1-L" + line,
                line,
                FraudRule.ROUND_AMOUNT,
                1,
                5,
                Map.of("amount", amount, "step", "100", "minimum", "200"),
                List.of(),
                "Line " + line + " claims " + amount + " CNY, a round multiple of 100 CNY.");
    }

    @Test
    void financeSeesWhatAnotherStepWouldFlagAgainstItsDecisionsAndNothingIsWritten_X5_X6_ROUND_AMOUNT() {
        LocalDate day = farFutureDay();
        Instant at = day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        UserId engineer = engineer();
        Trip trip = trip("杭州", day, day);

        ExpenseClaimId first = ExpenseClaimId.random();
        List<ExpenseLine> firstLines = List.of(
                line(1, ExpenseLineCategory.LODGING, eInvoice(eInvoiceNumber()), "300", day, "杭州"),
                line(2, ExpenseLineCategory.MEALS, eInvoice(eInvoiceNumber()), "150", day, "杭州"));
        append(
                first,
                0,
                new ExpenseClaimSubmittedEvent(first, 1, engineer, trip, firstLines, new BigDecimal("450"), null),
                AS_ENGINEER,
                at);
        append(first, 1, new ExpenseClaimFlaggedEvent(first, 1, engineer, roundFlag(1, "300")), AS_SYSTEM, at);
        append(
                first,
                2,
                new ExpenseFlagConfirmedEvent(
                        first,
                        1,
                        "ROUND_AMOUNT-v1-L1",
                        1,
                        FraudRule.ROUND_AMOUNT,
                        new UserId("U-T-FIN"),
                        "发票系伪造",
                        NonReimbursableScope.values()[0],
                        PenaltyId.random()),
                AS_FINANCE,
                at.plusSeconds(60));

        ExpenseClaimId second = ExpenseClaimId.random();
        List<ExpenseLine> secondLines =
                List.of(line(1, ExpenseLineCategory.LODGING, eInvoice(eInvoiceNumber()), "230", day, "杭州"));
        append(
                second,
                0,
                new ExpenseClaimSubmittedEvent(second, 1, engineer, trip, secondLines, new BigDecimal("230"), null),
                AS_ENGINEER,
                at.plusSeconds(1));
        append(
                second,
                1,
                new ExpenseClaimFlaggedEvent(second, 1, engineer, roundFlag(1, "230")),
                AS_SYSTEM,
                at.plusSeconds(1));
        append(
                second,
                2,
                new ExpenseFlagDismissedEvent(
                        second, 1, "ROUND_AMOUNT-v1-L1", 1, FraudRule.ROUND_AMOUNT, new UserId("U-T-FIN"), "酒店价格属实"),
                AS_FINANCE,
                at.plusSeconds(120));

        long before = eventCount();
        int registered = jdbc.queryForObject("select count(*) from expense_invoice_registry", Integer.class);
        String body = """
                {"rule": "ROUND_AMOUNT", "from": "%s", "to": "%s",
                 "parameters": {"roundAmountStep": 50, "roundAmountMinimum": 100}}""".formatted(day, day);
        Api.Response report = api.post(TestUsers.FINANCE, "/api/expense-rules/backtest", body);
        assertThat(report.status()).as(report.raw().body()).isEqualTo(200);
        JsonNode json = report.body();
        assertThat(json.get("claimVersions").asInt()).isEqualTo(2);
        assertThat(json.get("lines")).hasSize(3);
        JsonNode firstLine = json.get("lines").get(0);
        assertThat(firstLine.get("claimId").asText()).isEqualTo(first.value());
        assertThat(firstLine.get("lineNo").asInt()).isEqualTo(1);
        assertThat(firstLine.get("wouldFlag").asBoolean()).isTrue();
        assertThat(firstLine.get("flaggedBefore").asBoolean()).isTrue();
        assertThat(firstLine.get("decision").asText()).isEqualTo("CONFIRMED");
        JsonNode newly = json.get("lines").get(1);
        assertThat(newly.get("lineNo").asInt()).isEqualTo(2);
        assertThat(newly.get("flaggedBefore").asBoolean()).isFalse();
        assertThat(newly.get("values").get("step").asText()).isEqualTo("50");
        JsonNode noLonger = json.get("lines").get(2);
        assertThat(noLonger.get("claimId").asText()).isEqualTo(second.value());
        assertThat(noLonger.get("wouldFlag").asBoolean()).isFalse();
        assertThat(noLonger.get("decision").asText()).isEqualTo("DISMISSED");
        JsonNode totals = json.get("totals");
        assertThat(totals.get("wouldFlag").asInt()).isEqualTo(2);
        assertThat(totals.get("flaggedBefore").asInt()).isEqualTo(2);
        assertThat(totals.get("newlyFlagged").asInt()).isEqualTo(1);
        assertThat(totals.get("noLongerFlagged").asInt()).isEqualTo(1);
        assertThat(totals.get("confirmed").asInt()).isEqualTo(1);
        assertThat(totals.get("dismissed").asInt()).isZero();

        assertThat(api.post(TestUsers.MANAGER, "/api/expense-rules/backtest", body)
                        .status())
                .isEqualTo(200);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from expense_invoice_registry", Integer.class))
                .isEqualTo(registered);
    }

    @Test
    void otherRolesAre403AndBadInput400_X5() {
        String body = """
                {"rule": "ROUND_AMOUNT", "from": "2040-01-01", "to": "2040-01-02"}""";
        assertThat(api.post(TestUsers.ENGINEER, "/api/expense-rules/backtest", body)
                        .status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.SUPERVISOR, "/api/expense-rules/backtest", body)
                        .status())
                .isEqualTo(403);
        for (String bad : List.of(
                "{\"from\": \"2040-01-01\", \"to\": \"2040-01-02\"}",
                "{\"rule\": \"NO_SUCH_RULE\", \"from\": \"2040-01-01\", \"to\": \"2040-01-02\"}",
                "{\"rule\": \"ROUND_AMOUNT\", \"from\": \"2040-01-03\", \"to\": \"2040-01-02\"}",
                "{\"rule\": \"ROUND_AMOUNT\", \"from\": \"2040-01-01\", \"to\": \"2040-01-02\", \"parameters\": {\"roundAmountStep\": 0}}",
                "{\"rule\": \"ROUND_AMOUNT\", \"from\": \"2040-01-01\", \"to\": \"2040-01-02\", \"parameters\": {\"approvalLimit\": 1.001}}")) {
            Api.Response refused = api.post(TestUsers.FINANCE, "/api/expense-rules/backtest", bad);
            assertThat(refused.status()).as(bad + " -> " + refused.raw().body()).isEqualTo(400);
        }
    }
}
