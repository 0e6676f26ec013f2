package com.aftersales.app.review;

import static com.aftersales.app.review.ReviewEvents.at;
import static com.aftersales.app.review.ReviewEvents.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.review.ReviewDisputeId;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.browser.Browser;
import com.aftersales.query.review.ReviewQueries;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E1–E3 in Chromium, in Chinese, under the CSP: the engineer disputes the rating of one service
 * report on their own review, the supervisor removes the item on the disputes page, the item stays
 * listed with the decision and no longer counts; the manager's period page draws the scores side by
 * side.
 */
class ReviewBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ReviewQueries reviews;

    @Test
    void anEngineerDisputesARatingAndTheSupervisorRemovesIt_E1_E2_E3() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String engineer = "U-REVB-" + unique;
        String login = "revb-" + unique;
        TestUsers.create(jdbc, engineer, login, "ENGINEER");
        YearMonth month = ReviewEvents.ownMonth(2400, 5000);
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
        String report = events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(7200),
                by(engineer, "ENGINEER"),
                new ServiceReportSubmittedEvent(t, e, "参数", "重设", List.of(), null, 2, true));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reviews.engineer(engineer, month, month).facts().stream()
                        .anyMatch(f -> f.eventId().equals(report)));
        String period = "from=" + month + "&to=" + month;

        browser.signIn(login, TestUsers.PASSWORD).open("/my/review?" + period);
        browser.fill("reason-RATING_POINTS-" + report, "客户评的是产品，不是服务")
                .clickAndWaitForPage(By.cssSelector("#fact-RATING_POINTS-" + report + " button[type=submit]"));
        assertThat(browser.text("fact-RATING_POINTS-" + report)).contains("待处理");
        browser.screenshot("review-disputed");
        browser.logout();

        ReviewDisputeId id = ReviewDisputeId.of(e, "RATING_POINTS", report);
        browser.signIn(TestUsers.SUPERVISOR, TestUsers.PASSWORD).open("/reviews/disputes");
        assertThat(browser.text("dispute-" + id.value())).contains("客户评的是产品");
        browser.select("decision-" + id.value(), "ITEM_REMOVED")
                .fill("decision-reason-" + id.value(), "评分对象有误")
                .clickAndWaitForPage(By.cssSelector("#dispute-" + id.value() + " button[type=submit]"));
        browser.open("/reviews/" + engineer + "?" + period);
        assertThat(browser.text("fact-RATING_POINTS-" + report)).contains("该项不再计入", "评分对象有误");
        browser.logout();

        browser.signIn(TestUsers.MANAGER, TestUsers.PASSWORD).open("/reviews?" + period);
        assertThat(browser.text("review-" + engineer)).contains(engineer);
        assertThat(browser.executeScript(
                        "return window.Chart && Chart.getChart(document.getElementById('review-chart')) != null"))
                .as("the scores are drawn side by side")
                .isEqualTo(true);
        browser.screenshot("review-period");
    }
}
