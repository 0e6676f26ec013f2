package com.aftersales.app.expense;

import static com.aftersales.app.expense.ScreeningSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.command.expense.fraud.RuleScreening;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * X7, S2 over HTTP on PostgreSQL: a CLERK records a missed call on duty, a SUPERVISOR explains it
 * once; outside the duty hours or ahead of the clock is 422 with the rule code, bad input 400 and
 * another role 403, each with nothing stored; an unexplained failure forfeits the phone allowance
 * of the trip it falls in, an accepted explanation keeps it.
 */
class PhoneDutyIntegrationTest extends IntegrationTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    RuleScreening screening;

    @Autowired
    PlatformTransactionManager transactions;

    private String engineer;
    private LocalDate yesterday;

    @BeforeEach
    void anEngineer() {
        String username = "t-phone-" + UUID.randomUUID().toString().substring(0, 8);
        engineer = "U-" + username;
        TestUsers.create(jdbc, engineer, username, "ENGINEER");
        yesterday = LocalDate.ofInstant(clock.instant(), SHANGHAI).minusDays(1);
    }

    private Instant yesterdayAt(int hour, int minute) {
        return yesterday.atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant();
    }

    private Api.Response record(String user, String json) {
        return api.post(user, "/api/phone-duty-failures", json);
    }

    private int failuresOfEngineer() {
        return jdbc.queryForObject(
                "select count(*) from expense_phone_duty_failure where engineer_id = ?", Integer.class, engineer);
    }

    private List<ExpenseFlag> phoneFlags() {
        return new TransactionTemplate(transactions)
                        .execute(status -> screening.screen(claim(
                                ExpenseClaimId.random(),
                                1,
                                new UserId(engineer),
                                trip("杭州", yesterday, yesterday),
                                line(
                                        1,
                                        ExpenseLineCategory.PHONE_ALLOWANCE,
                                        eInvoice(eInvoiceNumber()),
                                        "30",
                                        yesterday,
                                        "杭州"))))
                        .stream()
                        .filter(flag -> flag.rule() == FraudRule.PHONE_DUTY_FAILURE)
                        .toList();
    }

    @Test
    void aMissedCallForfeitsTheAllowanceUntilASupervisorAcceptsTheExplanation_X7_S2_PHONE_DUTY_FAILURE() {
        Api.Response recorded = record(TestUsers.CLERK, """
                {"engineerId": "%s", "calledAt": "%s", "ticketId": "T-1", "note": "三次未接"}""".formatted(engineer, yesterdayAt(10, 30)));
        assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
        String failure = recorded.body().get("failureId").asText();
        assertThat(recorded.body().get("status").asText()).isEqualTo("recorded");
        assertThat(failuresOfEngineer()).isEqualTo(1);

        assertThat(phoneFlags())
                .singleElement()
                .satisfies(flag -> assertThat(flag.evidence())
                        .containsExactly(new EvidenceRef(EvidenceKind.PHONE_DUTY_FAILURE, failure)));

        Api.Response engineerExplains =
                api.post(TestUsers.ENGINEER, "/api/phone-duty-failures/" + failure + "/explanation", """
                {"explanation": "没信号", "accepted": true}""");
        assertThat(engineerExplains.status()).isEqualTo(403);
        Api.Response noVerdict =
                api.post(TestUsers.SUPERVISOR, "/api/phone-duty-failures/" + failure + "/explanation", """
                {"explanation": "没信号"}""");
        assertThat(noVerdict.status()).isEqualTo(400);
        Api.Response explained =
                api.post(TestUsers.SUPERVISOR, "/api/phone-duty-failures/" + failure + "/explanation", """
                {"explanation": "在隧道里没有信号", "accepted": true}""");
        assertThat(explained.status()).as(explained.raw().body()).isEqualTo(200);
        assertThat(explained.body().get("status").asText()).isEqualTo("explanation accepted");
        assertThat(jdbc.queryForObject(
                        "select accepted from expense_phone_duty_failure where failure_id = ?", Boolean.class, failure))
                .isTrue();
        assertThat(phoneFlags()).isEmpty();

        Api.Response again =
                api.post(TestUsers.SUPERVISOR, "/api/phone-duty-failures/" + failure + "/explanation", """
                {"explanation": "再说一次", "accepted": false}""");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.raw().body()).contains("rule-PHONE_DUTY_ALREADY_EXPLAINED");
        Api.Response unknown = api.post(TestUsers.SUPERVISOR, "/api/phone-duty-failures/not-an-id/explanation", """
                {"explanation": "x", "accepted": false}""");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void outsideTheHoursAheadOfTheClockBadInputOrAnotherRoleStoreNothing_X7() {
        long events = eventCount();
        Api.Response late = record(TestUsers.SUPERVISOR, """
                {"engineerId": "%s", "calledAt": "%s"}""".formatted(engineer, yesterdayAt(22, 1)));
        assertThat(late.status()).as(late.raw().body()).isEqualTo(422);
        assertThat(late.raw().body()).contains("rule-PHONE_DUTY_OUTSIDE_HOURS");
        Api.Response future = record(
                TestUsers.CLERK, """
                {"engineerId": "%s", "calledAt": "%s"}""".formatted(engineer, yesterdayAt(10, 0).plusSeconds(3 * 86400)));
        assertThat(future.status()).as(future.raw().body()).isEqualTo(422);
        assertThat(future.raw().body()).contains("rule-PHONE_DUTY_CALL_IN_FUTURE");
        for (String bad : List.of(
                "{\"calledAt\": \"" + yesterdayAt(10, 0) + "\"}",
                "{\"engineerId\": \"" + engineer + "\"}",
                "{\"engineerId\": \"" + engineer + "\", \"calledAt\": \"yesterday\"}")) {
            assertThat(record(TestUsers.CLERK, bad).status()).as(bad).isEqualTo(400);
        }
        Api.Response byEngineer = record(TestUsers.ENGINEER, """
                {"engineerId": "%s", "calledAt": "%s"}""".formatted(engineer, yesterdayAt(10, 0)));
        assertThat(byEngineer.status()).isEqualTo(403);
        Api.Response nobody = record(TestUsers.CLERK, """
                {"engineerId": "U-NOBODY-%s", "calledAt": "%s"}""".formatted(UUID.randomUUID(), yesterdayAt(10, 0)));
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(failuresOfEngineer()).isZero();
        assertThat(eventCount()).isEqualTo(events);
    }
}
