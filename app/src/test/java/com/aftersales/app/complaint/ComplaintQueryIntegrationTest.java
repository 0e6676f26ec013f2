package com.aftersales.app.complaint;

import static com.aftersales.app.complaint.ComplaintEvents.by;
import static com.aftersales.app.complaint.ComplaintEvents.noonOf;
import static com.aftersales.app.complaint.ComplaintEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintCauseAnalysedEvent;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.app.support.Api.Response;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading complaints over HTTP on the embedded PostgreSQL (C2–C5): the register's filters, one
 * complaint with its facts, the analysis, an engineer's list; who may read what (an engineer only
 * the complaints about themselves, FINANCE nothing), and bad input answered 400 problem+json.
 */
class ComplaintQueryIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    private ComplaintEvents events;
    private YearMonth month;
    private String model;

    @BeforeEach
    void ownData() {
        events = new ComplaintEvents(eventStore, transaction);
        month = YearMonth.of(
                2300 + ThreadLocalRandom.current().nextInt(5000),
                1 + ThreadLocalRandom.current().nextInt(12));
        model = "HTTP-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theRegisterFiltersOneComplaintShowsItsFactsAndTheAnalysisCounts_C2_C3_C4_S3() {
        ComplaintId aboutEngineer = ComplaintId.random();
        ComplaintId aboutOther = ComplaintId.random();
        Instant at = noonOf(month.atDay(8));
        events.given(
                aboutEngineer,
                0,
                at,
                by(TestUsers.CLERK_ID, "CLERK"),
                registered(
                        aboutEngineer, at, TestUsers.ENGINEER_ID, "SN-" + model, model, ComplaintCategory.OTHER, "a"));
        events.given(
                aboutOther,
                0,
                at.plusSeconds(30),
                by(TestUsers.CLERK_ID, "CLERK"),
                registered(aboutOther, at.plusSeconds(30), TestUsers.ENGINEER_2_ID, null, model, null, "b"));
        events.given(
                aboutEngineer,
                1,
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new ComplaintAcceptedEvent(
                        aboutEngineer,
                        ComplaintCategory.LATE_SERVICE_FOR_PERSONAL_REASONS,
                        "属实",
                        List.of(),
                        new UserId(TestUsers.SUPERVISOR_ID)),
                new ComplaintCauseAnalysedEvent(
                        aboutEngineer, ComplaintCause.LATE_RESPONSE, "迟到", new UserId(TestUsers.SUPERVISOR_ID)));
        events.given(
                aboutOther,
                1,
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new ComplaintRejectedEvent(aboutOther, true, false, "不合理", new UserId(TestUsers.SUPERVISOR_ID)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from complaint_view where product_model = ? and accepted is not null",
                                Integer.class,
                                model)
                        == 2);

        Response all = api.get(TestUsers.SUPERVISOR, "/api/complaints?product=" + model + "&month=" + month);
        assertThat(all.status()).isEqualTo(200);
        assertThat(ids(all.body())).containsExactly(aboutOther.value(), aboutEngineer.value());
        assertThat(all.body().get(1).get("status").asText()).isEqualTo("CAUSE_ANALYSED");
        assertThat(all.body().get(1).get("category").asText()).isEqualTo("LATE_SERVICE_FOR_PERSONAL_REASONS");
        assertThat(all.body().get(1).get("accepted").asBoolean()).isTrue();
        assertThat(all.body().get(1).get("overdue").asBoolean()).isFalse();
        assertThat(ids(api.get(TestUsers.CLERK, "/api/complaints?product=" + model + "&status=REJECTED")
                        .body()))
                .containsExactly(aboutOther.value());
        assertThat(ids(api.get(
                                TestUsers.QUALITY,
                                "/api/complaints?product=" + model + "&category=LATE_SERVICE_FOR_PERSONAL_REASONS")
                        .body()))
                .containsExactly(aboutEngineer.value());
        assertThat(ids(api.get(
                                TestUsers.MANAGER,
                                "/api/complaints?product=" + model + "&engineerId=" + TestUsers.ENGINEER_2_ID)
                        .body()))
                .containsExactly(aboutOther.value());
        assertThat(ids(api.get(TestUsers.MANAGER, "/api/complaints?product=" + model + "&month=" + month.plusMonths(1))
                        .body()))
                .isEmpty();

        Response one = api.get(TestUsers.CLERK, "/api/complaints/" + aboutEngineer.value());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("causeAnalysis").asText()).isEqualTo("迟到");
        assertThat(one.body().get("facts")).hasSize(3);
        assertThat(one.body().get("facts").get(1).get("actorId").asText()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(one.body().get("facts").get(1).get("actorRole").asText()).isEqualTo("SUPERVISOR");
        assertThat(api.get(
                                TestUsers.CLERK,
                                "/api/complaints/" + ComplaintId.random().value())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(TestUsers.CLERK, "/api/complaints/not-an-id").status())
                .isEqualTo(404);

        Response analysis = api.get(TestUsers.MANAGER, "/api/complaints/analysis?from=" + month + "&to=" + month);
        assertThat(analysis.status()).isEqualTo(200);
        JsonNode body = analysis.body();
        assertThat(body.get("registered").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(count(body.get("byProduct"), model)).isEqualTo(2);
        assertThat(body.get("trend")).hasSize(1);
        assertThat(body.get("trend").get(0).get("month").asText()).isEqualTo(month.toString());
        assertThat(body.get("trend").get(0).get("rejected").asLong()).isGreaterThanOrEqualTo(1);

        Response engineers = api.get(
                TestUsers.SUPERVISOR,
                "/api/engineers/" + TestUsers.ENGINEER_ID + "/complaints?from=" + month + "&to=" + month);
        assertThat(engineers.status()).isEqualTo(200);
        assertThat(ids(engineers.body())).contains(aboutEngineer.value()).doesNotContain(aboutOther.value());
    }

    @Test
    void anEngineerReadsOnlyTheComplaintsAboutThemselves_C4() {
        ComplaintId mine = ComplaintId.random();
        ComplaintId theirs = ComplaintId.random();
        Instant at = noonOf(month.atDay(9));
        events.givenRegistered(mine, at, TestUsers.ENGINEER_ID, model);
        events.givenRegistered(theirs, at, TestUsers.ENGINEER_2_ID, model);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from complaint_view where product_model = ?", Integer.class, model)
                        == 2);

        Response register = api.get(TestUsers.ENGINEER, "/api/complaints?product=" + model);
        assertThat(register.status()).isEqualTo(200);
        assertThat(ids(register.body())).containsExactly(mine.value());
        assertThat(api.get(TestUsers.ENGINEER, "/api/complaints/" + mine.value())
                        .status())
                .isEqualTo(200);
        assertProblem(api.get(TestUsers.ENGINEER, "/api/complaints/" + theirs.value()), 403);
        assertProblem(api.get(TestUsers.ENGINEER, "/api/complaints?engineerId=" + TestUsers.ENGINEER_2_ID), 403);
        assertProblem(api.get(TestUsers.ENGINEER, "/api/engineers/" + TestUsers.ENGINEER_2_ID + "/complaints"), 403);
        assertThat(ids(api.get(TestUsers.ENGINEER, "/api/engineers/" + TestUsers.ENGINEER_ID + "/complaints")
                        .body()))
                .contains(mine.value())
                .doesNotContain(theirs.value());
        assertProblem(api.get(TestUsers.ENGINEER, "/api/complaints/analysis?from=" + month + "&to=" + month), 403);
    }

    @Test
    void aRoleThatDoesNotReadComplaintsIsRefusedAndBadInputIsA400() {
        assertProblem(api.get(TestUsers.FINANCE, "/api/complaints"), 403);
        assertProblem(api.get(TestUsers.ADMIN, "/api/complaints/analysis?from=2031-01&to=2031-02"), 403);
        assertProblem(api.get(TestUsers.FINANCE, "/api/engineers/" + TestUsers.ENGINEER_ID + "/complaints"), 403);

        assertProblem(api.get(TestUsers.CLERK, "/api/complaints?month=March"), 400);
        assertProblem(api.get(TestUsers.CLERK, "/api/complaints?status=LOST"), 400);
        assertProblem(api.get(TestUsers.CLERK, "/api/complaints?limit=0"), 400);
        assertProblem(api.get(TestUsers.CLERK, "/api/complaints/analysis?from=2031-05&to=2031-01"), 400);
        assertProblem(api.get(TestUsers.CLERK, "/api/complaints/analysis?from=2001-01&to=2031-01"), 400);
        assertProblem(api.get(TestUsers.CLERK, "/api/complaints/analysis?from=2031-01"), 400);
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static long count(JsonNode counts, String key) {
        for (JsonNode count : counts) {
            if (count.get("key").asText().equals(key)) {
                return count.get("count").asLong();
            }
        }
        return 0;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.get("complaintId").asText()));
        return ids;
    }
}
