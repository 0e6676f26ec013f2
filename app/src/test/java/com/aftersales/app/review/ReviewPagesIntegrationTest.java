package com.aftersales.app.review;

import static com.aftersales.app.review.ReviewEvents.at;
import static com.aftersales.app.review.ReviewEvents.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.review.ReviewDimension;
import com.aftersales.api.review.ReviewDisputeId;
import com.aftersales.api.review.ReviewDisputeStatus;
import com.aftersales.api.review.ReviewItemDisputedEvent;
import com.aftersales.api.review.ReviewMetric;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.TestUsers;
import com.aftersales.query.review.ReviewQueries;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review pages over HTTP (E1–E3): the period's table and chart for managers and supervisors,
 * one engineer's cells down to their facts, the engineer's own page with a dispute form per item,
 * the supervisor's disputes with the decision form; everyone else kept out.
 */
class ReviewPagesIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ReviewQueries reviews;

    private String engineer;
    private String login;
    private YearMonth month;
    private String reportFact;
    private ReviewDisputeId dispute;

    @BeforeEach
    void ownData() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        engineer = "U-REVP-" + unique;
        login = "revp-" + unique;
        TestUsers.create(jdbc, engineer, login, "ENGINEER");
        month = ReviewEvents.ownMonth(2400, 5000);
        ReviewEvents events = new ReviewEvents(eventStore, transaction);
        UserId e = new UserId(engineer);
        TicketId t = TicketId.random();
        Instant d = at(month, 3, 9);
        events.given(
                "ServiceTicket", t.value(), d, by("U-T-CLERK", "CLERK"), ReviewEvents.registered(t, d, true, false));
        events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(60),
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new EngineerAssignedEvent(t, e, null, ServiceMode.ON_SITE, d.plusSeconds(3600), null, null));
        events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(3600),
                by(engineer, "ENGINEER"),
                new EngineerArrivedEvent(t, e, d.plusSeconds(3600), d.plusSeconds(3600), true));
        reportFact = events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(7200),
                by(engineer, "ENGINEER"),
                new ServiceReportSubmittedEvent(t, e, "参数", "重设", List.of(), null, 4, true));
        dispute = ReviewDisputeId.of(e, ReviewMetric.ARRIVALS.name(), "arrival-" + unique);
        events.given(
                "ReviewDispute",
                dispute.value(),
                at(month, 5, 9),
                by(engineer, "ENGINEER"),
                new ReviewItemDisputedEvent(
                        dispute,
                        e,
                        ReviewDimension.SPEED,
                        ReviewMetric.ARRIVALS.name(),
                        "arrival-" + unique,
                        month,
                        "不是我"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var view = reviews.engineer(engineer, month, month);
            return view.facts().stream().anyMatch(f -> f.eventId().equals(reportFact))
                    && !view.disputes().isEmpty();
        });
    }

    @Test
    @DisplayName("E1 E3: the period's table and chart in Chinese and English for managers and supervisors")
    void E1_E3_thePeriodPageShowsTheTableAndTheChart() {
        String path = "/reviews?from=" + month + "&to=" + month;
        PageSession manager = PageSession.signedIn(port, "zh-CN", TestUsers.MANAGER, null);
        PageSession.Page zh = manager.get(path);
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body())
                .contains("工程师绩效考核", "id=\"review-chart\"", "id=\"review-" + engineer + "\"", "维修质量", "/js/reviews.js")
                .contains("id=\"export-xlsx\"");
        PageSession supervisor = PageSession.signedIn(port, "en", TestUsers.SUPERVISOR, null);
        PageSession.Page en = supervisor.get(path);
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body()).contains("Engineer reviews", "Repair quality", "id=\"review-" + engineer + "\"");
        assertThat(PageSession.signedIn(port, "en", TestUsers.CLERK, null)
                        .get(path)
                        .status())
                .isEqualTo(403);
        assertThat(PageSession.signedIn(port, "en", login, null).get(path).status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("E2: each cell opens to its facts; only the engineer's own page offers the dispute form")
    void E2_theEngineersPageListsTheFactsAndOffersDisputesOnlyToThemselves() {
        PageSession supervisor = PageSession.signedIn(port, "en", TestUsers.SUPERVISOR, null);
        PageSession.Page page = supervisor.get("/reviews/" + engineer + "?from=" + month + "&to=" + month);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "id=\"fact-RATING_POINTS-" + reportFact + "\"",
                        "ServiceReportSubmittedEvent",
                        "id=\"cell-SPEED\"")
                .doesNotContain("name=\"factEventId\"");

        PageSession own = PageSession.signedIn(port, "zh-CN", login, null);
        PageSession.Page mine = own.get("/my/review?from=" + month + "&to=" + month);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("id=\"fact-RATING_POINTS-" + reportFact + "\"", "name=\"factEventId\"", "申诉");
        assertThat(own.get("/reviews/" + TestUsers.ENGINEER_2_ID + "?from=" + month + "&to=" + month)
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("E2: supervisors and managers see the open dispute with the decision form; engineers are kept out")
    void E2_theDisputesPageOffersTheDecisionToSupervisorsAndManagers() {
        PageSession supervisor = PageSession.signedIn(port, "en", TestUsers.SUPERVISOR, null);
        PageSession.Page page = supervisor.get("/reviews/disputes");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "id=\"dispute-" + dispute.value() + "\"", "/reviews/disputes/" + dispute.value() + "/decision");
        PageSession manager = PageSession.signedIn(port, "en", TestUsers.MANAGER, null);
        PageSession.Page read = manager.get("/reviews/disputes");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body())
                .contains(
                        "id=\"dispute-" + dispute.value() + "\"", "/reviews/disputes/" + dispute.value() + "/decision");
        assertThat(PageSession.signedIn(port, "en", login, null)
                        .get("/reviews/disputes")
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "E2: the engineer disputes an item on their page, the supervisor removes it on theirs, and it no longer counts")
    void E2_aDisputeAndItsDecisionThroughThePages() {
        String period = "from=" + month + "&to=" + month;
        PageSession own = PageSession.signedIn(port, "en", login, null);
        PageSession.Page mine = own.get("/my/review?" + period);
        PageSession.Page disputed = own.post(
                "/reviews/disputes",
                Map.of(
                        "metric",
                        "RATING_POINTS",
                        "factEventId",
                        reportFact,
                        "month",
                        month.toString(),
                        "reason",
                        "客户评分针对的是产品，不是服务",
                        "from",
                        month.toString(),
                        "to",
                        month.toString()),
                mine);
        assertThat(disputed.status()).isEqualTo(302);
        assertThat(disputed.location()).contains("/my/review");
        ReviewDisputeId id = ReviewDisputeId.of(new UserId(engineer), "RATING_POINTS", reportFact);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reviews.disputes(ReviewDisputeStatus.OPEN).stream()
                        .anyMatch(d -> d.disputeId().equals(id.value())));

        PageSession supervisor = PageSession.signedIn(port, "en", TestUsers.SUPERVISOR, null);
        PageSession.Page list = supervisor.get("/reviews/disputes");
        assertThat(list.body()).contains("id=\"dispute-" + id.value() + "\"");
        PageSession.Page decided = supervisor.post(
                "/reviews/disputes/" + id.value() + "/decision",
                Map.of("decision", "ITEM_REMOVED", "reason", "评分对象有误"),
                list);
        assertThat(decided.status()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reviews.engineer(engineer, month, month).review().metric(ReviewMetric.RATINGS) == 0);
        // the rating 4 no longer counts: no ratings, SATISFACTION 100
        assertThat(reviews.engineer(engineer, month, month).review().score(ReviewDimension.SATISFACTION))
                .isEqualByComparingTo("100");
        PageSession.Page after = own.get("/my/review?" + period);
        assertThat(after.body()).contains("The item no longer counts", "class=\"removed\"");
    }
}
