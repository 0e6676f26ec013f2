package com.aftersales.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * M1, M3 over HTTP on PostgreSQL, as the general management office lives it: a month's report is
 * issued with its figures and the stream position they were computed at; then a dispatch of that
 * month is recorded late. The report still shows exactly what was issued, reproduced from its
 * position, and the figures now differ by that dispatch, which the report names: which event, who,
 * in which role, when. A restatement is the next version; the first stays as it was.
 */
class MonthlyReportIssuingIntegrationTest extends IntegrationTest {
    /** A finished month of its own, far in the past, so no other test's dispatch counts in it. */
    private final YearMonth month = YearMonth.of(1950 + new Random().nextInt(40), 1 + new Random().nextInt(12));

    @Test
    void anIssuedReportStaysAsIssuedAndALateDispatchShowsAsADifferenceNamingItsEvent_M1_M3() {
        MonthOfDispatches dispatches = new MonthOfDispatches(api);
        String ticket = dispatches.ticket();
        // the month's one dispatch: 2 days; cost = travel 380.00 + lodging 200.00; transport 50.00
        dispatches.dispatch("D-1", month.atDay(3), month.atDay(4), "380.00", "200.00", "50.00");
        awaitFigure("m1.dispatch.cost", "580.00");

        Api.Response refused = api.post(TestUsers.FINANCE, reports(), "{}");
        assertThat(refused.status()).as("only a MANAGER issues on demand").isEqualTo(403);

        Api.Response issued = api.post(TestUsers.MANAGER, reports(), "{}");
        assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
        assertThat(issued.body().get("version").asInt()).isEqualTo(1);
        long position = issued.body().get("streamPosition").asLong();

        JsonNode first = version(1);
        assertThat(figure(first.at("/issued/figures"), "m1.dispatch.personTimes"))
                .isEqualByComparingTo("1");
        assertThat(figure(first.at("/issued/figures"), "m1.dispatch.personDays"))
                .isEqualByComparingTo("2");
        assertThat(figure(first.at("/issued/figures"), "m1.dispatch.cost")).isEqualByComparingTo("580.00");
        assertThat(figure(first.at("/issued/figures"), "m1.transport.cost")).isEqualByComparingTo("50.00");
        assertThat(figure(first.at("/issued/figures"), "m1.total.cost")).isEqualByComparingTo("630.00");
        assertThat(first.at("/issued/trigger").asText()).isEqualTo("ON_DEMAND");
        assertThat(first.at("/issued/issuedBy").asText()).isEqualTo(TestUsers.MANAGER_ID);
        assertThat(first.at("/issued/role").asText()).isEqualTo("MANAGER");
        assertThat(first.at("/issued/streamPosition").asLong()).isEqualTo(position);
        assertThat(first.at("/reproducedExactly").asBoolean()).isTrue();
        assertThat(first.at("/differences")).isEmpty();

        Api.Response again = api.post(TestUsers.MANAGER, reports(), "{}");
        assertThat(again.status()).as(again.raw().body()).isEqualTo(422);
        assertThat(again.raw().body()).contains("M3_ALREADY_ISSUED");

        // the late correction: another dispatch of that month, recorded by the clerk after the issue
        dispatches.dispatch("D-2", month.atDay(20), month.atDay(20), "300.00", "0.00", "20.00");
        awaitFigure("m1.dispatch.cost", "880.00");

        JsonNode after = version(1);
        // as issued: unchanged, and still reproduced from the position it recorded
        assertThat(figure(after.at("/issued/figures"), "m1.dispatch.cost")).isEqualByComparingTo("580.00");
        assertThat(figure(after.at("/reproduced/figures"), "m1.dispatch.cost")).isEqualByComparingTo("580.00");
        assertThat(after.at("/reproducedExactly").asBoolean()).isTrue();
        // now: 580.00 + 300.00; transport 50.00 + 20.00; total 880.00 + 70.00
        assertThat(figure(after.at("/now/figures"), "m1.dispatch.cost")).isEqualByComparingTo("880.00");
        assertThat(figure(after.at("/now/figures"), "m1.total.cost")).isEqualByComparingTo("950.00");
        JsonNode lateEvents = after.at("/lateEvents");
        assertThat(lateEvents).hasSize(1);
        JsonNode late = lateEvents.get(0);
        assertThat(late.get("eventType").asText()).endsWith("EngineerDispatchedEvent");
        assertThat(late.get("aggregateId").asText()).isEqualTo(ticket);
        assertThat(late.get("actor").asText()).isEqualTo(TestUsers.CLERK_ID);
        assertThat(late.get("role").asText()).isEqualTo("CLERK");
        assertThat(late.get("recordedAt").asText()).isNotBlank();
        assertThat(late.get("globalIndex").asLong()).isGreaterThan(position);
        String lateEvent = late.get("eventId").asText();
        assertThat(difference(after, "m1.dispatch.cost").get("change").decimalValue())
                .isEqualByComparingTo("300.00");
        assertThat(difference(after, "m1.dispatch.personTimes").get("change").decimalValue())
                .isEqualByComparingTo("1");
        assertThat(difference(after, "m1.transport.cost").get("change").decimalValue())
                .isEqualByComparingTo("20.00");
        assertThat(difference(after, "m1.total.cost").get("change").decimalValue())
                .isEqualByComparingTo("320.00");
        for (JsonNode difference : after.at("/differences")) {
            assertThat(texts(difference.get("causedBy")))
                    .as("every change is explained by the late dispatch: " + difference)
                    .containsExactly(lateEvent);
        }

        // M3 check: the event store itself, read up to the position, gives the recorded figures
        Api.Response replay = api.get(TestUsers.MANAGER, reports() + "/versions/1/replay");
        assertThat(replay.status()).as(replay.raw().body()).isEqualTo(200);
        assertThat(replay.body().get("reproduced").asBoolean())
                .as(replay.raw().body())
                .isTrue();

        // restated as version 2, computed now; version 1 stays as issued
        Api.Response stale = api.post(TestUsers.MANAGER, reports() + "/restatements", """
                {"restatesVersion": 2, "reason": "no such version"}""");
        assertThat(stale.status()).as(stale.raw().body()).isEqualTo(422);
        Api.Response restated = api.post(TestUsers.MANAGER, reports() + "/restatements", """
                {"restatesVersion": 1, "reason": "D-2 was recorded after the 5th"}""");
        assertThat(restated.status()).as(restated.raw().body()).isEqualTo(201);
        assertThat(restated.body().get("version").asInt()).isEqualTo(2);
        JsonNode second = version(2);
        assertThat(figure(second.at("/issued/figures"), "m1.dispatch.cost")).isEqualByComparingTo("880.00");
        assertThat(second.at("/issued/trigger").asText()).isEqualTo("RESTATEMENT");
        assertThat(second.at("/issued/reason").asText()).isEqualTo("D-2 was recorded after the 5th");
        assertThat(second.at("/differences")).isEmpty();
        assertThat(figure(version(1).at("/issued/figures"), "m1.dispatch.cost")).isEqualByComparingTo("580.00");
        Api.Response versions = api.get(TestUsers.FINANCE, reports());
        assertThat(versions.body()).hasSize(2);

        // every event behind the figure, with who and when: the first dispatch and the late one
        Api.Response facts =
                api.get(TestUsers.QUALITY, "/api/statistics/months/" + month + "/facts?figure=m1.dispatch.cost");
        assertThat(facts.status()).as(facts.raw().body()).isEqualTo(200);
        List<BigDecimal> amounts = new ArrayList<>();
        facts.body().forEach(fact -> amounts.add(fact.get("amount").decimalValue()));
        assertThat(amounts)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("580.00"), new BigDecimal("300.00"));
        assertThat(api.get(TestUsers.ENGINEER, "/api/statistics/months/" + month)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMonthThatIsNotOverIsNotIssued_M3() {
        YearMonth thisMonth =
                YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).plusMonths(1);
        Api.Response refused = api.post(TestUsers.MANAGER, "/api/statistics/reports/" + thisMonth, "{}");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.raw().body()).contains("M3");
        assertThat(api.get(TestUsers.MANAGER, "/api/statistics/reports/" + thisMonth)
                        .body())
                .isEmpty();
    }

    private void awaitFigure(String key, String value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response now = api.get(TestUsers.MANAGER, "/api/statistics/months/" + month);
            assertThat(now.status()).as(now.raw().body()).isEqualTo(200);
            assertThat(figure(now.body().get("figures"), key)).isEqualByComparingTo(value);
        });
    }

    /** The version once the issued reports' read model lists it (it follows the commit). */
    private JsonNode version(int version) {
        Api.Response[] answer = new Api.Response[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            answer[0] = api.get(TestUsers.MANAGER, reports() + "/versions/" + version);
            assertThat(answer[0].status()).as(answer[0].raw().body()).isEqualTo(200);
        });
        return answer[0].body();
    }

    private String reports() {
        return "/api/statistics/reports/" + month;
    }

    private static BigDecimal figure(JsonNode figures, String key) {
        for (JsonNode figure : figures) {
            if (figure.get("key").asText().equals(key)) {
                return figure.get("value").decimalValue();
            }
        }
        return null;
    }

    private static JsonNode difference(JsonNode comparison, String key) {
        for (JsonNode difference : comparison.at("/differences")) {
            if (difference.get("key").asText().equals(key)) {
                return difference;
            }
        }
        throw new AssertionError("no difference of " + key + " in " + comparison.at("/differences"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
