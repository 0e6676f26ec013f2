package com.aftersales.app.ui;

import static com.aftersales.app.ui.BoardRowsInTheReadModel.numbersOn;
import static com.aftersales.app.ui.BoardRowsInTheReadModel.rowOf;
import static com.aftersales.app.ui.BoardRowsInTheReadModel.slaCellOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.app.support.Tickets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ticket board page over HTTP: every reading role sees it, in the browser's language, each row
 * with its urgency (T3), who serves it, and the SLA light of T3/T13/T14 in colour and in words;
 * filters and paging keep each other.
 */
class TicketBoardPageIntegrationTest extends IntegrationTest {
    private BoardRowsInTheReadModel rows;

    @BeforeEach
    void readModel() {
        rows = new BoardRowsInTheReadModel(jdbc);
    }

    @AfterEach
    void removeRows() {
        rows.remove();
    }

    @Test
    void theBoardSpeaksChineseWithTheClerksUrgencyWordsAndAnSlaLightOnEveryRow_T3() {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (String urgency : new String[] {"URGENT", "NORMAL", "LOW"}) {
            Api.Response created =
                    api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration(urgency, TicketSteps.serial()));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            numbers.put(urgency, created.body().get("ticketNumber").asText());
        }
        PageSession clerk = PageSession.signedIn(port, "zh-CN,zh;q=0.9", TestUsers.CLERK, null);

        Map<String, String> words = Map.of("URGENT", "紧急", "NORMAL", "一般", "LOW", "非紧急");
        numbers.forEach((urgency, number) -> {
            String row = awaitRow(clerk, "/tickets?urgency=" + urgency, number);
            assertThat(row).contains("<span>已登记</span>").contains("CNC-850");
            assertThat(slaCellOf(row))
                    .as("a new ticket's first response clock runs, well within its time")
                    .startsWith("<td class=\"sla-green\" data-sla=\"green\">")
                    .contains("正常", "首次响应", "剩余");
            if (urgency.equals("URGENT")) {
                assertThat(row).contains("<strong class=\"urgency-URGENT\">紧急</strong>");
            } else {
                assertThat(row).contains(">" + words.get(urgency) + "</span>");
            }
        });
        Page board = clerk.get("/tickets");
        assertThat(board.body())
                .contains("<html lang=\"zh-CN\"")
                .contains("<table id=\"board\"")
                .contains("<th scope=\"col\">紧急程度</th>");
    }

    @Test
    void eachLightSaysInWordsWhatItsColourSays_T3_T13_T14() {
        String month = rows.unusedMonth();
        Instant now = clock.instant();
        rows.row(month, "G001", "NORMAL", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)), null, false);
        rows.row(
                month,
                "A001",
                "NORMAL",
                now.minus(Duration.ofMinutes(210)),
                now.plus(Duration.ofMinutes(30)),
                null,
                false);
        rows.row(month, "R001", "URGENT", now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)), null, true);
        String held = rows.row(
                month, "P001", "NORMAL", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)), null, false);
        rows.onHold(held, Duration.ofMinutes(40), now.minus(Duration.ofMinutes(5)));
        String answered = rows.row(
                month, "N001", "LOW", now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(22)), null, false);
        rows.responded(answered, now.minus(Duration.ofHours(1)));

        String chinese = PageSession.signedIn(port, "zh-CN", TestUsers.SUPERVISOR, null)
                .get("/tickets?month=" + month)
                .body();
        String english = PageSession.signedIn(port, "en", TestUsers.SUPERVISOR, null)
                .get("/tickets?month=" + month)
                .body();

        assertThat(slaCellOf(rowOf(chinese, month + "-G001"))).contains("data-sla=\"green\"", "正常", "首次响应", "剩余2小时");
        assertThat(slaCellOf(rowOf(chinese, month + "-A001")))
                .as("amber from 75%% of the clock used, counted from the registration")
                .contains("class=\"sla-amber\" data-sla=\"amber\"", "即将到期", "剩余");
        assertThat(slaCellOf(rowOf(chinese, month + "-R001")))
                .contains("class=\"sla-red\" data-sla=\"red\"", "已超时", "首次响应", "已超时1小时");
        assertThat(slaCellOf(rowOf(chinese, month + "-P001")))
                .contains("class=\"sla-paused\" data-sla=\"paused\"", "暂停计时", "首次响应", "挂起时剩余40分钟")
                .doesNotContain("剩余2小时");
        assertThat(rowOf(chinese, month + "-P001")).contains("<span class=\"badge\">挂起</span>");
        assertThat(slaCellOf(rowOf(chinese, month + "-N001"))).contains("class=\"sla-none\" data-sla=\"none\"", "无计时");
        assertThat(slaCellOf(rowOf(english, month + "-R001"))).contains("Breached", "First response", "overdue");
        assertThat(slaCellOf(rowOf(english, month + "-P001"))).contains("Paused", "40 min left when paused");
    }

    @Test
    void filtersNarrowTheBoardAndPagingKeepsThem_T3() {
        String month = rows.unusedMonth();
        Instant at = clock.instant().minus(Duration.ofMinutes(30));
        for (int i = 1; i <= 3; i++) {
            rows.row(month, "U00" + i, "URGENT", at.plusSeconds(i), at.plus(Duration.ofHours(2)), null, false);
        }
        rows.row(month, "L001", "LOW", at, at.plus(Duration.ofHours(24)), TestUsers.ENGINEER_ID, false);
        String held = rows.row(month, "L002", "LOW", at, at.plus(Duration.ofHours(24)), null, false);
        rows.onHold(held, Duration.ofHours(20), at);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);

        Page first = clerk.get("/tickets?month=" + month + "&urgency=URGENT&size=2");

        assertThat(numbersOn(first.body())).containsExactly(month + "-U003", month + "-U002");
        assertThat(first.body())
                .contains("<span id=\"page-of\">第 1 页，共 2 页</span>")
                .contains("<option value=\"URGENT\" selected=\"selected\">紧急</option>")
                .contains("value=\"" + month + "\"")
                .doesNotContain("id=\"page-previous\"");
        String next = linkOf(first.body(), "page-next");
        assertThat(next).isEqualTo("/tickets?urgency=URGENT&month=" + month + "&size=2&page=1");

        Page second = clerk.get(next);
        assertThat(numbersOn(second.body())).containsExactly(month + "-U001");
        assertThat(second.body())
                .contains("第 2 页，共 2 页")
                .contains("id=\"page-previous\"")
                .doesNotContain("id=\"page-next\"");

        assertThat(numbersOn(
                        clerk.get("/tickets?month=" + month + "&sla=ON_HOLD").body()))
                .containsExactly(month + "-L002");
        assertThat(numbersOn(clerk.get("/tickets?month=" + month + "&engineer=" + TestUsers.ENGINEER_ID)
                        .body()))
                .containsExactly(month + "-L001");
        assertThat(rowOf(
                        clerk.get("/tickets?month=" + month + "&status=ASSIGNED")
                                .body(),
                        month + "-L001"))
                .as("the engineer by display name, one look-up for the page")
                .contains("<span>" + TestUsers.ENGINEER + "</span>");
    }

    @Test
    void aMonthThatIsNotSixDigitsIsSaidNextToItsBoxAndLeftOut() {
        Page board = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null).get("/tickets?month=2026-12");

        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body())
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"month-error\"")
                .contains("<p id=\"month-error\" class=\"field-error\">请按年月输入六位数字");
    }

    @Test
    void theRefreshSendsOnlyTheRowsOfTheSameFilters() {
        String month = rows.unusedMonth();
        Instant at = clock.instant();
        rows.row(month, "H001", "URGENT", at, at.plus(Duration.ofHours(2)), null, false);
        rows.row(month, "H002", "LOW", at, at.plus(Duration.ofHours(24)), null, false);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);

        Page board = clerk.get("/tickets?month=" + month + "&urgency=URGENT");
        Page refresh = clerk.get("/tickets/rows?urgency=URGENT&month=" + month);

        assertThat(board.body())
                .contains("hx-get=\"/tickets/rows?urgency=URGENT&amp;month=" + month + "\"")
                .contains("hx-trigger=\"every 30s\"");
        assertThat(refresh.status()).isEqualTo(200);
        assertThat(refresh.body()).doesNotContain("<html").doesNotContain("<table");
        assertThat(numbersOn(refresh.body())).containsExactly(month + "-H001");
    }

    @Test
    void everyRoleThatReadsTheBoardOpensIt() {
        for (String user : new String[] {TestUsers.FINANCE, TestUsers.ENGINEER, TestUsers.ADMIN}) {
            assertThat(PageSession.signedIn(port, "en", user, null)
                            .get("/tickets")
                            .status())
                    .as(user)
                    .isEqualTo(200);
        }
    }

    /** The href of the link with this id, as a browser reads it (entities decoded). */
    static String linkOf(String page, String id) {
        Matcher link = Pattern.compile("<a[^>]*id=\"" + id + "\"[^>]*href=\"([^\"]*)\"")
                .matcher(page);
        return link.find() ? link.group(1).replace("&amp;", "&") : null;
    }

    private static String awaitRow(PageSession session, String path, String number) {
        String[] row = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            row[0] = rowOf(session.get(path).body(), number);
            assertThat(row[0]).as(number + " on " + path).isNotNull();
        });
        return row[0];
    }
}
