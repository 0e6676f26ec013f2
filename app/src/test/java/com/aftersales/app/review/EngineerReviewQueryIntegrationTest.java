package com.aftersales.app.review;

import static com.aftersales.app.review.ReviewEvents.at;
import static com.aftersales.app.review.ReviewEvents.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.query.review.ReviewQueries;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review API (E1–E3) over HTTP: who may read which review, bad input refused with nothing
 * read, the exports in CSV and .xlsx read back with numbers as numbers, and that the review
 * queries read through indexes.
 */
class EngineerReviewQueryIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ReviewQueries reviews;

    private String engineer;
    private String engineerLogin;
    private String other;
    private YearMonth month;

    @BeforeEach
    void ownData() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        engineer = "U-REVQ-E-" + unique;
        engineerLogin = "revq-e-" + unique;
        other = "U-REVQ-O-" + unique;
        TestUsers.create(jdbc, engineer, engineerLogin, "ENGINEER");
        TestUsers.create(jdbc, other, "revq-o-" + unique, "ENGINEER");
        month = ReviewEvents.ownMonth(2400, 5000);
        ReviewEvents events = new ReviewEvents(eventStore, transaction);
        String lastE = served(events, engineer, true, 5);
        String lastO = served(events, other, false, 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var facts = reviews.engineer(engineer, month, month).facts();
            var others = reviews.engineer(other, month, month).facts();
            return facts.stream().anyMatch(f -> f.eventId().equals(lastE))
                    && others.stream().anyMatch(f -> f.eventId().equals(lastO));
        });
    }

    @Test
    @DisplayName("E1: managers and supervisors read the period's review; other roles are refused")
    void E1_thePeriodsReviewIsForManagersAndSupervisors() {
        for (String reader : List.of(TestUsers.MANAGER, TestUsers.SUPERVISOR)) {
            Api.Response review = api.get(reader, "/api/reviews?from=" + month + "&to=" + month);
            assertThat(review.status()).as(reader + ": " + review.raw().body()).isEqualTo(200);
            JsonNode rows = review.body().get("engineers");
            assertThat(rows).hasSize(2);
            // the engineer: arrival on time, rated 5: every score 100; the other: late, rated 3
            // (SPEED = 100 x (0 - 0 + 0) / 1 = 0, SATISFACTION = 100 x (3 - 1) / 4 = 50,
            // total = (30 x 100 + 20 x 100 + 25 x 0 + 25 x 50) / 100 = 62.5)
            assertThat(rows.get(0).get("engineerId").asText()).isEqualTo(engineer);
            assertThat(rows.get(0).get("total").decimalValue()).isEqualByComparingTo("100");
            assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
            assertThat(rows.get(1).get("engineerId").asText()).isEqualTo(other);
            assertThat(rows.get(1).get("total").decimalValue()).isEqualByComparingTo("62.5");
            assertThat(rows.get(1).get("scores").get("SPEED").decimalValue()).isEqualByComparingTo("0");
            assertThat(rows.get(1).get("rank").asInt()).isEqualTo(2);
        }
        for (String refused : List.of(TestUsers.CLERK, TestUsers.ENGINEER, TestUsers.FINANCE, TestUsers.QUALITY)) {
            Api.Response review = api.get(refused, "/api/reviews?from=" + month + "&to=" + month);
            assertThat(review.status()).as(refused).isEqualTo(403);
            assertThat(api.get(refused, "/api/reviews/export?from=" + month + "&to=" + month)
                            .status())
                    .as(refused)
                    .isEqualTo(403);
        }
    }

    @Test
    @DisplayName("E2: an engineer reads their own review with its facts, and nobody else's")
    void E2_anEngineerReadsOnlyTheirOwnReview() {
        Api.Response own = api.get(engineerLogin, "/api/reviews/" + engineer + "?from=" + month + "&to=" + month);
        assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
        assertThat(own.body().get("review").get("rank").asInt()).isEqualTo(1);
        assertThat(own.body().get("facts")).isNotEmpty();
        JsonNode report = findFact(own.body().get("facts"), "RATING_POINTS");
        assertThat(report.get("eventType").asText()).isEqualTo("ServiceReportSubmittedEvent");
        assertThat(report.get("actor").asText()).isEqualTo(engineer);
        assertThat(report.get("role").asText()).isEqualTo("ENGINEER");
        assertThat(report.get("amount").asLong()).isEqualTo(5);

        Api.Response someoneElses = api.get(engineerLogin, "/api/reviews/" + other + "?from=" + month + "&to=" + month);
        assertThat(someoneElses.status()).isEqualTo(403);
        assertThat(api.get(TestUsers.SUPERVISOR, "/api/reviews/" + other + "?from=" + month + "&to=" + month)
                        .status())
                .isEqualTo(200);
        assertThat(api.get(TestUsers.CLERK, "/api/reviews/" + engineer + "?from=" + month + "&to=" + month)
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("E1 E2: bad months, a reversed or too long period, an unknown dispute status or format are 400")
    void E1_E2_badInputIsRefused() {
        for (String query : List.of(
                "from=2024-13&to=2024-12",
                "from=" + month + "&to=" + month.minusMonths(1),
                "from=" + month + "&to=" + month.plusMonths(24),
                "to=" + month,
                "from=x&to=" + month)) {
            Api.Response refused = api.get(TestUsers.MANAGER, "/api/reviews?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
        assertThat(api.get(TestUsers.SUPERVISOR, "/api/reviews/disputes?status=MAYBE")
                        .status())
                .isEqualTo(400);
        assertThat(api.get(TestUsers.SUPERVISOR, "/api/reviews/disputes?status=OPEN")
                        .status())
                .isEqualTo(200);
        assertThat(api.get(TestUsers.SUPERVISOR, "/api/reviews/disputes?status=DECIDED")
                        .status())
                .isEqualTo(200);
        assertThat(api.get(TestUsers.MANAGER, "/api/reviews/export?from=" + month + "&to=" + month + "&format=pdf")
                        .status())
                .isEqualTo(400);
        assertThat(api.get(TestUsers.MANAGER, "/api/reviews/export?from=" + month + "&to=" + month + "&lang=fr")
                        .status())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("E1 E3: the CSV export has English or Chinese headers and plain numbers")
    void E1_E3_theCsvExportReadsBack() {
        Api.Response english = api.get(
                TestUsers.MANAGER, "/api/reviews/export?from=" + month + "&to=" + month + "&format=csv&lang=en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.contentType()).startsWith("text/csv");
        assertThat(english.header("Content-Disposition")).contains("reviews-" + month + "-" + month + ".csv");
        List<String> lines = english.raw().body().lines().toList();
        assertThat(lines.get(0))
                .startsWith(
                        "\uFEFFEngineer,Name,From,To,Policy version,Quality,Attitude,Speed,Satisfaction,Total,Rank");
        assertThat(lines).hasSize(3);
        List<String> first = Arrays.asList(lines.get(1).split(","));
        assertThat(first.get(0)).isEqualTo(engineer);
        assertThat(first.get(1)).isEqualTo(engineerLogin);
        assertThat(first.get(2)).isEqualTo(month.toString());
        assertThat(new java.math.BigDecimal(first.get(9))).isEqualByComparingTo("100");
        assertThat(first.get(10)).isEqualTo("1");
        List<String> second = Arrays.asList(lines.get(2).split(","));
        assertThat(second.get(0)).isEqualTo(other);
        assertThat(new java.math.BigDecimal(second.get(9))).isEqualByComparingTo("62.5");

        Api.Response chinese = api.get(
                TestUsers.SUPERVISOR, "/api/reviews/export?from=" + month + "&to=" + month + "&format=csv&lang=zh");
        assertThat(chinese.status()).isEqualTo(200);
        assertThat(chinese.raw().body().lines().findFirst().orElseThrow())
                .startsWith("\uFEFF工程师,姓名,起始月,截止月,政策版本,维修质量,服务态度,响应速度,客户满意度,总分,排名");
    }

    @Test
    @DisplayName("E1 E3: the .xlsx export opens in POI with numbers as numeric cells")
    void E1_E3_theXlsxExportReadsBackWithNumbers() throws Exception {
        String token = api.signIn(TestUsers.MANAGER).body().get("accessToken").asText();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reviews/export?from="
                                        + month + "&to=" + month + "&format=xlsx&lang=zh"))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工程师");
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("总分");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(engineer);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(engineerLogin);
            Cell total = first.getCell(9);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(100.0);
            assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(1.0);
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo(other);
            assertThat(second.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(second.getCell(9).getNumericCellValue()).isEqualTo(62.5);
            // the metric columns: the other engineer's ratings, 1, with 3 points
            assertThat(second.getCell(21).getNumericCellValue()).isEqualTo(1.0);
            assertThat(second.getCell(22).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    @DisplayName("E1 E2 E3: every review query reads through an index (EXPLAIN with enable_seqscan off)")
    void E1_E2_E3_theReviewQueriesUseIndexes() {
        java.sql.Date first = java.sql.Date.valueOf(month.atDay(1));
        java.sql.Timestamp start = java.sql.Timestamp.from(Instant.parse("2400-01-01T00:00:00Z"));
        java.sql.Timestamp end = java.sql.Timestamp.from(Instant.parse("2400-02-01T00:00:00Z"));
        assertIndexed(ReviewQueries.TOTALS, first, first);
        assertIndexed(ReviewQueries.PENALTY_COUNTS, start, end);
        assertIndexed(ReviewQueries.POLICY, end);
        assertIndexed(ReviewQueries.FACTS, engineer, first, first);
        assertIndexed(ReviewQueries.PENALTIES, engineer, start, end);
        assertIndexed(ReviewQueries.ENGINEER_DISPUTES, engineer, first, first);
        assertIndexed(ReviewQueries.OPEN_DISPUTES, 500);
        assertIndexed(ReviewQueries.DECIDED_DISPUTES, 500);
    }

    private void assertIndexed(String sql, Object... parameters) {
        List<String> plan = transaction.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain " + sql, String.class, parameters);
        });
        assertThat(plan).as(sql).noneMatch(line -> line.contains("Seq Scan"));
        assertThat(String.join("\n", plan)).as(sql).containsPattern("Index (Only )?Scan|Bitmap Index Scan");
    }

    private static JsonNode findFact(JsonNode facts, String metric) {
        for (JsonNode fact : facts) {
            if (fact.get("metric").asText().equals(metric)) {
                return fact;
            }
        }
        throw new AssertionError("no " + metric + " fact");
    }

    /** A ticket of {@code engineer}: assigned, arrived on time or late, a report rated {@code rating}. */
    private String served(ReviewEvents events, String engineer, boolean onTime, int rating) {
        UserId e = new UserId(engineer);
        TicketId t = TicketId.random();
        Instant d = at(month, 4, 9);
        events.given(
                "ServiceTicket", t.value(), d, by("U-T-CLERK", "CLERK"), ReviewEvents.registered(t, d, false, false));
        events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(60),
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new EngineerAssignedEvent(t, e, null, ServiceMode.ON_SITE, d.plusSeconds(3600), null, null));
        events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(5400),
                by(engineer, "ENGINEER"),
                new EngineerArrivedEvent(t, e, d.plusSeconds(5400), d.plusSeconds(3600), onTime));
        return events.given(
                "ServiceTicket",
                t.value(),
                d.plusSeconds(7200),
                by(engineer, "ENGINEER"),
                new ServiceReportSubmittedEvent(t, e, "参数", "重设", List.of(), null, rating, true));
    }
}
