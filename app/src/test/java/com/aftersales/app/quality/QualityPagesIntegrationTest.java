package com.aftersales.app.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.quality.RepeatRepairs.Repeat;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quality review and penalty pages over HTTP on PostgreSQL, as a browser sends their forms, in
 * Chinese: QUALITY finds the repeat in the queue and decides it with a penalty proposal; a refused
 * decision names its rule and stores nothing; the MANAGER fines, the engineer appeals, the
 * MANAGER revokes, each step on the penalty's timeline with who, role and when; a clerk is
 * refused the pages.
 */
class QualityPagesIntegrationTest extends IntegrationTest {
    private static final Pattern PENALTY_LINK = Pattern.compile("href=\"/penalties/([0-9a-f-]{36})\"");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    private RepeatRepairs repairs;

    @BeforeEach
    void repairs() {
        repairs = new RepeatRepairs(eventStore, transaction);
    }

    @Test
    void qualityDecidesAReviewWithAPenaltyThatTheManagerFinesAndRevokesAfterTheAppeal_R13_P1_P3() {
        Repeat repeat = repairs.repeat(TestUsers.ENGINEER_ID, TestUsers.ENGINEER_2_ID);
        PageSession quality = PageSession.signedIn(port, "zh-CN", TestUsers.QUALITY, null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> quality.get("/quality/reviews").body().contains(repeat.serial()));
        Page queue = quality.get("/quality/reviews?status=OPEN");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("<h1>质量评审</h1>", "序列号", "距前次维修天数", "待评审", repeat.serial());

        String reviewPath = "/quality/reviews/" + repeat.review();
        Page review = quality.get(reviewPath);
        assertThat(review.body())
                .contains("id=\"form-decideReview\"", "<label for=\"decideReview-cause\">原因</label>")
                .contains("<label for=\"decideReview-reasons\">理由</label>", "引用前次维修服务单", "前次维修工程师")
                .contains("开启质量评审");

        long before = eventCount();
        Page refused = quality.post(
                reviewPath + "/decision",
                Map.of("cause", "CUSTOMER", "reasons", "客户自行拆机", "evidence", "DIAGNOSIS:d-1"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"form-error\"", "评审结论须引用前次和本次维修服务单作为证据");
        assertThat(eventCount()).isEqualTo(before);

        Page decided = quality.post(
                reviewPath + "/decision",
                Map.of(
                        "cause", "ENGINEER",
                        "reasons", "定影组件装配时未按规程紧固",
                        "evidence", "REPAIR_ORDER:" + repeat.earlier() + ",REPAIR_ORDER:" + repeat.later(),
                        "penaltyKind", "FINE",
                        "penaltyReason", "返修造成客户停机两天"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(302);
        Page shown = quality.get(reviewPath);
        assertThat(shown.body()).contains("评审结论已记录。", "工程师原因（个人原因）", "作出评审结论");
        Matcher link = PENALTY_LINK.matcher(shown.body());
        assertThat(link.find()).isTrue();
        String penaltyPath = "/penalties/" + link.group(1);

        PageSession manager = PageSession.signedIn(port, "zh-CN", TestUsers.MANAGER, null);
        Page proposed = manager.get(penaltyPath);
        assertThat(proposed.body())
                .contains("提出处罚建议", "待决定", "id=\"form-decidePenalty\"", "质量评审")
                .contains("<label for=\"decidePenalty-fineAmount\">罚款金额（元）</label>");
        Page noAmount =
                manager.post(penaltyPath + "/decision", Map.of("impose", "true", "kind", "FINE", "reason", "情节属实"));
        assertThat(noAmount.status()).isEqualTo(422);
        assertThat(noAmount.body()).contains("罚款须填写大于零的人民币金额。");
        assertThat(manager.post(
                                penaltyPath + "/decision",
                                Map.of("impose", "true", "kind", "FINE", "fineAmount", "200", "reason", "情节属实"))
                        .status())
                .isEqualTo(302);

        PageSession engineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER, null);
        Page own = engineer.get(penaltyPath);
        assertThat(own.body()).contains("已处罚", "id=\"form-appealPenalty\"").doesNotContain("form-revokePenalty");
        assertThat(engineer.post(penaltyPath + "/appeal", Map.of("reason", "装配按规程进行，有自检记录"))
                        .status())
                .isEqualTo(302);
        assertThat(engineer.get("/penalties").body()).contains(link.group(1));

        manager.get(penaltyPath);
        assertThat(manager.post(penaltyPath + "/revocation", Map.of("reason", "自检记录属实"))
                        .status())
                .isEqualTo(302);
        Page revoked = manager.get(penaltyPath);
        assertThat(revoked.body())
                .contains("处罚已撤销。", "已撤销", "撤销处罚", "提出申诉", "决定处罚")
                .contains("身份：质检", "身份：总经办", "身份：工程师", "自检记录属实")
                .doesNotContain("form-decidePenalty", "form-revokePenalty");

        Page register = manager.get("/penalties?engineerId=" + TestUsers.ENGINEER_ID);
        assertThat(register.body()).contains(link.group(1), "已撤销");
        Page rates = quality.get("/quality/repeat-rates?by=MODEL");
        assertThat(rates.status()).isEqualTo(200);
        assertThat(rates.body()).contains("重复修理率", repeat.model());
    }

    @Test
    void aClerkIsRefusedThePagesAndAnEngineerSeesNoOneElsesPenalty() {
        PageSession clerk = PageSession.signedIn(port, "en", TestUsers.CLERK, null);
        assertThat(clerk.get("/quality/reviews").status()).isEqualTo(403);
        assertThat(clerk.get("/penalties").status()).isEqualTo(403);
        PageSession engineer = PageSession.signedIn(port, "en", TestUsers.ENGINEER, null);
        assertThat(engineer.get("/penalties?engineerId=" + TestUsers.ENGINEER_2_ID)
                        .status())
                .isEqualTo(403);
        assertThat(engineer.get("/quality/reviews").status()).isEqualTo(403);
    }
}
