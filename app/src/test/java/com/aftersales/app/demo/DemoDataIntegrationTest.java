package com.aftersales.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.AftersalesLedgerApplication;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.IsolatedDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A newcomer's first start of the embedded default shows a board with work in several states. */
class DemoDataIntegrationTest {
    private static final Path DIRECTORY =
            IntegrationTest.freshDirectory("demo-" + ProcessHandle.current().pid());

    @Test
    void firstStartOfTheEmbeddedDatabaseCreatesDemoUsersAndTicketsOnceThroughTheCommandPath() {
        Assumptions.assumeFalse(
                IsolatedDatabase.external(),
                "needs the embedded default's first start: by default demo data is made only there, on an empty"
                        + " database (DemoDataSeederIntegrationTest covers the seeder on SPRING_DATASOURCE_URL too)");
        long tickets;
        try (ConfigurableApplicationContext first = start()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from app_user", String.class))
                    .contains("clerk", "engineer", "supervisor", "quality", "finance", "manager", "admin");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(
                                    jdbc.queryForList("select distinct status from ticket_board", String.class))
                            .contains("REGISTERED", "ASSIGNED", "IN_SERVICE", "REPORTED", "CLOSED"));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                    "select count(*) from ticket_board where response_breached", Long.class))
                            .isEqualTo(1L));
            List<String> actors = jdbc.queryForList(
                    "select distinct convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' from domain_event_entry",
                    String.class);
            assertThat(actors).contains("U-CLERK-01", "U-ENG-01", "U-ADM-01", "system");
            assertThat(jdbc.queryForObject(
                            "select (convert_from(meta_data, 'UTF8')::jsonb ->> 'userId') || ' as '"
                                    + " || (convert_from(meta_data, 'UTF8')::jsonb ->> 'role') from domain_event_entry"
                                    + " where payload_type like '%UnitReceivedEvent'",
                            String.class))
                    .as("the clerk who also repairs received the unit acting as engineer")
                    .isEqualTo("U-CLKENG-01 as ENGINEER");
            int port = ((WebServerApplicationContext) first).getWebServer().getPort();
            assertThat(new Api(port, DemoUsers.PASSWORD)
                            .get("clerk", "/api/tickets")
                            .status())
                    .isEqualTo(200);
            assertThat(new Api(port, "wrong").get("clerk", "/api/tickets").status())
                    .isEqualTo(401);
            // R12, R13, P1: the printer repaired twice within the window, its review and the fine
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(new Api(port, DemoUsers.PASSWORD)
                                    .get("quality", "/api/serials/" + DemoRepairs.REPEATED_SERIAL + "/lineage")
                                    .body()
                                    .findValuesAsText("eventType"))
                            .contains(
                                    "RepairOrderCompletedEvent",
                                    "RepeatRepairDetectedEvent",
                                    "QualityReviewDecidedEvent",
                                    "PenaltyImposedEvent"));
            // C1–C5: the callback's complaint accepted, answered in time, its warning imposed and
            // archived; one rejected; the repeated-repair complaint linked to the review, answered late
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode complaints = new Api(port, DemoUsers.PASSWORD)
                        .get("supervisor", "/api/complaints")
                        .body();
                assertThat(complaints.findValuesAsText("channel")).contains("CALLBACK", "PHONE", "VISIT");
                assertThat(rowsOf(complaints))
                        .contains(
                                "CALLBACK IMPROPER_LANGUAGE_OR_ARGUING ARCHIVED onTime=true",
                                "PHONE SOLICITING_MONEY_GIFTS_OR_DEMANDS ARCHIVED onTime=true",
                                "VISIT REPEATED_REPAIR_FOR_PERSONAL_REASONS FEEDBACK_GIVEN onTime=false");
            });
            JsonNode penalties = new Api(port, DemoUsers.PASSWORD)
                    .get("manager", "/api/penalties")
                    .body();
            assertThat(penalties.findValuesAsText("source")).contains("COMPLAINT", "QUALITY_REVIEW");
            // X1–X9: the clean claim paid and its advance settled; the Wuxi claim with the Hangzhou
            // hotel and the unanswered duty call, and the colleague's reuse of its meal invoice in
            // full-width digits, both waiting in finance's queue, each flagged naming the other
            Api.Response queue = new Api(port, DemoUsers.PASSWORD).get("finance", "/api/expense-claims/audit-queue");
            assertThat(queue.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(flagsOfQueuedClaims(port))
                            .containsExactlyInAnyOrder(
                                    "U-ENG-02 无锡 [DUPLICATE_INVOICE, ISSUE_CITY_OFF_TRIP, PHONE_DUTY_FAILURE]",
                                    "U-CLKENG-01 无锡 [DUPLICATE_INVOICE, NO_MATCHING_DISPATCH]"));
            JsonNode paid = new Api(port, DemoUsers.PASSWORD)
                    .get("finance", "/api/expense-claims?status=PAID")
                    .body();
            assertThat(paid.findValuesAsText("engineerId")).containsExactly("U-ENG-01");
            assertThat(paid.get(0).get("paid").decimalValue()).isEqualByComparingTo("502.40");
            JsonNode outstanding = new Api(port, DemoUsers.PASSWORD)
                    .get("finance", "/api/travel-advances/outstanding")
                    .body();
            assertThat(outstanding.toString()).contains("U-ENG-01", "497.6", "U-ENG-02", "1500");
            // M1, M3: last month's report issued at the first start, then ticket 11's Changzhou dispatch of
            // last month recorded after it: the issued version stands, the figures now differ by that dispatch
            String lastMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"))
                    .minusMonths(1)
                    .toString();
            JsonNode report = new Api(port, DemoUsers.PASSWORD)
                    .get("manager", "/api/statistics/reports/" + lastMonth + "/versions/1")
                    .body();
            assertThat(report.at("/reproducedExactly").asBoolean())
                    .as(report.toString())
                    .isTrue();
            assertThat(report.at("/lateEvents").findValuesAsText("eventType"))
                    .anyMatch(type -> type.endsWith("EngineerDispatchedEvent"));
            assertThat(report.at("/differences").findValuesAsText("key")).contains("m1.dispatch.cost");
            assertThat(report.at("/issued/figures").toString()).contains("m1.installation.guidanceFeeCovered");
            // M2: last month's repeat repair of the printer, its two complaints (one accepted, one
            // rejected) and Wang Qiang's flagged Wuxi claim are in the figures as issued
            Map<String, String> issued = new HashMap<>();
            report.at("/issued/figures")
                    .forEach(figure -> issued.put(
                            figure.get("key").asText(),
                            figure.get("value")
                                    .decimalValue()
                                    .stripTrailingZeros()
                                    .toPlainString()));
            assertThat(issued)
                    .as(report.at("/issued/figures").toString())
                    .containsEntry("m2.repairs.repeat", "1")
                    .containsEntry("m2.repairs.repeat.model.P-2200", "1")
                    .containsEntry("m2.complaints.received", "2")
                    .containsEntry("m2.complaints.accepted", "1")
                    .containsEntry("m2.complaints.rejected", "1")
                    .containsEntry("m2.complaints.accepted.REPEATED_REPAIR_FOR_PERSONAL_REASONS", "1")
                    .containsEntry("m2.expenses.claimed.count", "1")
                    .containsEntry("m2.expenses.claimed.amount", "786.7")
                    .containsEntry("m2.expenses.flags.raised", "3");
            tickets = jdbc.queryForObject("select count(*) from ticket_board", Long.class);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(JdbcTemplate.class)
                            .queryForObject("select count(*) from ticket_board", Long.class))
                    .isEqualTo(tickets);
        }
    }

    /** Each claim in finance's queue as "engineer destination [its flags' rules, sorted]". */
    private static List<String> flagsOfQueuedClaims(int port) {
        Api finance = new Api(port, DemoUsers.PASSWORD);
        List<String> rows = new ArrayList<>();
        finance.get("finance", "/api/expense-claims/audit-queue").body().forEach(row -> {
            List<String> rules = new ArrayList<>(finance.get(
                            "finance",
                            "/api/expense-claims/" + row.get("claimId").asText())
                    .body()
                    .get("flags")
                    .findValuesAsText("rule"));
            rules.sort(null);
            rows.add(row.get("engineerId").asText() + " "
                    + row.get("destinationCity").asText() + " " + rules);
        });
        return rows;
    }

    private static List<String> rowsOf(JsonNode complaints) {
        List<String> rows = new ArrayList<>();
        complaints.forEach(c -> rows.add(c.get("channel").asText() + " "
                + c.get("category").asText() + " " + c.get("status").asText() + " onTime="
                + c.get("feedbackOnTime").asText()));
        return rows;
    }

    private static ConfigurableApplicationContext start() {
        // No "test" profile: the demo data setting keeps its default (on for a fresh embedded database).
        // Arguments, not builder properties: those are defaults that application.yml would override.
        return new SpringApplicationBuilder(AftersalesLedgerApplication.class)
                .run(
                        "--ledger.embedded-db.directory=" + DIRECTORY,
                        "--ledger.embedded-db.port=0",
                        "--server.port=0",
                        "--db-scheduler.polling-interval=1s");
    }
}
