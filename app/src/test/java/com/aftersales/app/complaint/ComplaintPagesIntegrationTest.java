package com.aftersales.app.complaint;

import static com.aftersales.app.complaint.ComplaintEvents.by;
import static com.aftersales.app.complaint.ComplaintEvents.noonOf;
import static com.aftersales.app.complaint.ComplaintEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintFeedbackOverdueEvent;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaint pages over HTTP (C2–C5): the register marks overdue feedback in words, the
 * complaint's page shows its facts and only the acting role's next form, the analysis and an
 * engineer's list render; an engineer is kept to the complaints about themselves, FINANCE out.
 */
class ComplaintPagesIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    private ComplaintEvents events;
    private String model;
    private YearMonth month;

    @BeforeEach
    void ownData() {
        events = new ComplaintEvents(eventStore, transaction);
        model = "PAGE-" + UUID.randomUUID().toString().substring(0, 8);
        month = YearMonth.of(
                2300 + ThreadLocalRandom.current().nextInt(5000),
                1 + ThreadLocalRandom.current().nextInt(12));
    }

    @Test
    void theRegisterMarksOverdueFeedbackInWordsAndTheComplaintShowsItsFactsAndTheSupervisorsReview_C3_C4_S3() {
        ComplaintId overdue = ComplaintId.random();
        ComplaintId accepted = ComplaintId.random();
        Instant at = noonOf(month.atDay(6));
        events.given(
                overdue,
                0,
                at,
                by(TestUsers.CLERK_ID, "CLERK"),
                registered(overdue, at, TestUsers.ENGINEER_ID, null, model, null, "迟迟没人联系"));
        events.given(overdue, 1, at, by("system", "SYSTEM"), new ComplaintFeedbackOverdueEvent(overdue, null));
        events.given(
                accepted,
                0,
                at,
                by(TestUsers.CLERK_ID, "CLERK"),
                registered(accepted, at, TestUsers.ENGINEER_2_ID, "SN-" + model, model, null, "工程师与客户争吵"));
        events.given(
                accepted,
                1,
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new ComplaintAcceptedEvent(
                        accepted,
                        ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING,
                        "录音属实",
                        List.of(),
                        new UserId(TestUsers.SUPERVISOR_ID)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from complaint_view where product_model = ? and complaint_version = 1",
                                Integer.class,
                                model)
                        == 2);

        PageSession supervisor = PageSession.signedIn(port, "zh-CN", TestUsers.SUPERVISOR, null);
        Page register = supervisor.get("/complaints?product=" + model);
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.body())
                .contains("complaint-" + overdue.value(), "complaint-" + accepted.value())
                .contains("反馈超期", "严重服务质量问题", "id=\"nav-complaints\"");
        assertThat(supervisor
                        .get("/complaints?product=" + model + "&overdueOnly=true")
                        .body())
                .contains("complaint-" + overdue.value())
                .doesNotContain("complaint-" + accepted.value());

        Page page = supervisor.get("/complaints/" + accepted.value());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("已受理", "录音属实", "工程师与客户争吵")
                .contains("id=\"form-causeAnalysis\"", "id=\"form-penalty\"")
                .doesNotContain("id=\"form-review\"", "id=\"form-feedback\"")
                .contains("fact-0", "fact-1", "身份：主管");
        assertThat(supervisor.get("/complaints/" + overdue.value()).body()).contains("id=\"form-review\"");

        PageSession clerk = PageSession.signedIn(port, "en", TestUsers.CLERK, null);
        assertThat(clerk.get("/complaints/" + accepted.value()).body())
                .doesNotContain("id=\"form-causeAnalysis\"", "id=\"form-penalty\"", "id=\"form-review\"");
        Page analysis = clerk.get("/complaints/analysis?from=" + month + "&to=" + month);
        assertThat(analysis.status()).isEqualTo(200);
        assertThat(analysis.body()).contains("complaint-trend-chart", "trend-" + month, model);
        Page engineer =
                clerk.get("/engineers/" + TestUsers.ENGINEER_2_ID + "/complaints?from=" + month + "&to=" + month);
        assertThat(engineer.status()).isEqualTo(200);
        assertThat(engineer.body()).contains("complaint-" + accepted.value(), "Accepted");
    }

    @Test
    void theFormsRegisterReviewAndProposeAPenaltyAndARefusalComesBackIntoTheFormWithNothingStored_C2_C3_C5_P1() {
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        assertThat(clerk.get("/complaints/new").body())
                .contains("id=\"form-registration\"", "for=\"registration-content\"");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "VISIT");
        form.put("customerName", "东方印务");
        form.put("customerPhone", "021-66660000");
        form.put("engineerId", TestUsers.ENGINEER_2_ID);
        form.put("productModel", model);
        form.put("category", "IMPROPER_LANGUAGE_OR_ARGUING");
        form.put("content", " ");
        Page refused = clerk.post("/complaints", form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"registration-content-error\"", "东方印务");
        assertThat(rows()).isZero();

        form.put("content", "工程师上门时与客户争吵");
        Page registered = clerk.post("/complaints", form);
        assertThat(registered.status()).isEqualTo(302);
        String path = java.net.URI.create(registered.location()).getPath();
        assertThat(path).startsWith("/complaints/");
        assertThat(clerk.get(path).body()).contains("投诉已登记", "来访投诉", "工程师上门时与客户争吵");
        assertThat(rows()).isEqualTo(1);

        PageSession supervisor = PageSession.signedIn(port, "zh-CN", TestUsers.SUPERVISOR, null);
        supervisor.get(path);
        Page early = supervisor.post(path + "/plan", Map.of("plan", "先道歉"));
        assertThat(early.status()).as("a plan before the cause analysis").isEqualTo(422);
        assertThat(early.body()).contains("id=\"form-error\"");
        Page accepted = supervisor.post(
                path + "/review",
                Map.of(
                        "authentic", "true",
                        "reasonable", "true",
                        "category", "IMPROPER_LANGUAGE_OR_ARGUING",
                        "reasons", "录音属实"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(supervisor.get(path).body()).contains("投诉已受理", "id=\"form-penalty\"", "id=\"form-causeAnalysis\"");
        Page proposed = supervisor.post(
                path + "/penalty", Map.of("proposedKind", "WARNING", "reason", "初次，警告", "evidence", "DOCUMENT:录音-1"));
        assertThat(proposed.status()).isEqualTo(302);
        Page after = supervisor.get(path);
        assertThat(after.body())
                .contains("处罚建议已提出", "id=\"complaint-penalty-link\"", "已受理")
                .doesNotContain("id=\"form-penalty\"");
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from complaint_view where product_model = ?", Integer.class, model);
    }

    @Test
    void anEngineerSeesOnlyTheComplaintsAboutThemselvesAndFinanceNone_C4() {
        ComplaintId mine = ComplaintId.random();
        ComplaintId theirs = ComplaintId.random();
        Instant at = noonOf(month.atDay(7));
        events.givenRegistered(mine, at, TestUsers.ENGINEER_ID, model);
        events.givenRegistered(theirs, at, TestUsers.ENGINEER_2_ID, model);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from complaint_view where product_model = ?", Integer.class, model)
                        == 2);

        PageSession engineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER, null);
        assertThat(engineer.get("/complaints?product=" + model).body())
                .contains("complaint-" + mine.value())
                .doesNotContain("complaint-" + theirs.value());
        Page own = engineer.get("/complaints/" + mine.value());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("id=\"form-");
        assertThat(engineer.get("/complaints/" + theirs.value()).status()).isEqualTo(403);
        assertThat(engineer.get("/engineers/" + TestUsers.ENGINEER_2_ID + "/complaints")
                        .status())
                .isEqualTo(403);
        Page mineList = engineer.get("/my/complaints");
        assertThat(mineList.status()).isEqualTo(302);
        assertThat(mineList.location()).endsWith("/engineers/" + TestUsers.ENGINEER_ID + "/complaints");

        PageSession finance = PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null);
        assertThat(finance.get("/complaints").status()).isEqualTo(403);
        assertThat(finance.get("/complaints").body()).doesNotContain("id=\"nav-complaints\"");
    }
}
