package com.aftersales.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The statistics pages and exports over HTTP (M1–M3): a month's figures open to their events, the
 * MANAGER issues it from the page, a late dispatch shows on the issued version as a marked change
 * with the event behind it, a restatement needs a reason; CSV and Excel carry Chinese or English
 * headers and numbers as numbers. Only the roles that read statistics get in.
 */
class StatisticsPagesIntegrationTest extends IntegrationTest {
    private final YearMonth month = YearMonth.of(1900 + new Random().nextInt(40), 1 + new Random().nextInt(12));

    @Test
    void theManagerIssuesTheMonthFromItsPageAndTheLateDispatchIsMarkedOnTheIssuedVersion_M1_M3() throws Exception {
        MonthOfDispatches dispatches = new MonthOfDispatches(api);
        dispatches.dispatch("D-1", month.atDay(3), month.atDay(4), "380.00", "200.00", "50.00");
        awaitCost("580.00");

        PageSession manager = PageSession.signedIn(port, "zh-CN", TestUsers.MANAGER, null);
        PageSession.Page page = manager.get("/statistics/months/" + month);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"figure-m1.dispatch.cost\"", "580.00", "id=\"form-issue\"", "cost-trend-chart")
                .contains("/statistics/months/" + month + "/figures/m1.dispatch.cost");

        PageSession finance = PageSession.signedIn(port, "en", TestUsers.FINANCE, null);
        assertThat(finance.get("/statistics/months/" + month).body()).doesNotContain("id=\"form-issue\"");
        PageSession engineer = PageSession.signedIn(port, "en", TestUsers.ENGINEER, null);
        assertThat(engineer.get("/statistics/months/" + month).status()).isEqualTo(403);

        PageSession.Page issued = manager.post("/statistics/months/" + month + "/issue", Map.of(), page);
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        assertThat(issued.location()).endsWith("/statistics/reports/" + month + "/versions/1");
        PageSession.Page version = manager.get("/statistics/reports/" + month + "/versions/1");
        assertThat(version.body()).contains("id=\"no-differences\"", "id=\"report-reproduced\"");

        dispatches.dispatch("D-2", month.atDay(20), month.atDay(20), "300.00", "0.00", "20.00");
        awaitCost("880.00");
        PageSession.Page changed = manager.get("/statistics/reports/" + month + "/versions/1");
        assertThat(changed.body())
                .contains("id=\"some-differences\"", "id=\"late-events\"", "data-late-event")
                .containsPattern("id=\"row-m1\\.dispatch\\.cost\"[^>]*data-changed=\"true\"")
                .contains("580.00", "880.00", "300.00");

        PageSession.Page blank = manager.post(
                "/statistics/reports/" + month + "/versions/1/restatement", Map.of("reason", " "), changed);
        assertThat(blank.status()).isEqualTo(422);
        PageSession.Page restated = manager.post(
                "/statistics/reports/" + month + "/versions/1/restatement", Map.of("reason", "D-2 came late"), changed);
        assertThat(restated.status()).as(restated.body()).isEqualTo(302);
        assertThat(restated.location()).endsWith("/versions/2");
        PageSession.Page second = manager.get(URI.create(restated.location()).getPath());
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.body()).contains("D-2 came late", "id=\"no-differences\"");

        PageSession.Page figure = manager.get("/statistics/months/" + month + "/figures/m1.dispatch.cost");
        assertThat(figure.body().split("data-fact ", -1)).hasSize(3);
        PageSession.Page replay = manager.get("/statistics/reports/" + month + "/versions/1/replay");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).containsPattern("id=\"replay-result\" class=\"[^\"]*ok");
        assertThat(manager.get("/statistics/reports").body()).contains("report-" + month + "-v2");

        PageSession.Page fromThePage = manager.get("/statistics/months/" + month + "/export?format=csv&lang=en");
        assertThat(fromThePage.status())
                .as("the page's export link works with the session")
                .isEqualTo(200);
        assertThat(fromThePage.body())
                .startsWith("\uFEFFMonth,Figure key,Figure,Value")
                .contains("m1.dispatch.cost");
        assertThat(engineer.get("/statistics/months/" + month + "/export?format=csv")
                        .status())
                .isEqualTo(403);
        String csv = new String(
                download("/api/statistics/months/" + month + "/export?format=csv&lang=zh"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF月份,指标代码,指标,数值").contains(month + ",m1.dispatch.cost,");
        assertThat(csv).containsPattern(",880\\.00\r\n");
        byte[] xlsx = download("/api/statistics/reports/" + month + "/versions/1/export?format=xlsx&lang=en");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("As issued");
            Row cost = null;
            for (Row row : sheet) {
                if ("m1.dispatch.cost".equals(row.getCell(0).getStringCellValue())) {
                    cost = row;
                }
            }
            assertThat(cost).isNotNull();
            assertThat(cost.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cost.getCell(2).getNumericCellValue()).isEqualTo(580.0);
            assertThat(cost.getCell(4).getNumericCellValue()).isEqualTo(880.0);
            assertThat(cost.getCell(5).getNumericCellValue()).isEqualTo(300.0);
        }
        String facts = new String(
                download(
                        "/api/statistics/months/" + month + "/facts/export?figure=m1.dispatch.cost&format=csv&lang=en"),
                StandardCharsets.UTF_8);
        assertThat(facts.split("\r\n")).hasSize(3);
        assertThat(facts).contains(",580.00,", ",300.00,", TestUsers.CLERK_ID);
        String behindTheTotal = new String(
                download("/api/statistics/months/" + month + "/facts/export?figure=m1.total.cost&format=csv&lang=en"),
                StandardCharsets.UTF_8);
        // the total opens to its terms: the two dispatches' cost and their transport
        assertThat(behindTheTotal.split("\r\n")).hasSize(5);
    }

    private byte[] download(String path) throws Exception {
        String token = api.signIn(TestUsers.MANAGER).body().get("accessToken").asText();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response.body();
    }

    private void awaitCost(String value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response now = api.get(TestUsers.MANAGER, "/api/statistics/months/" + month);
            assertThat(now.raw().body()).contains("\"m1.dispatch.cost\",\"value\":" + value);
        });
    }
}
