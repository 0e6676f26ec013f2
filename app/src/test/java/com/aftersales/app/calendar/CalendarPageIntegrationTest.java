package com.aftersales.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The company calendar page over HTTP (W1, W2): the year with its official days, a correction made
 * through the form shows on the page and in the API and is withdrawn again, the hours form reports
 * a refusal next to itself, management reads the history but has no forms. Corrections go into a
 * far year of its own per run, so no ticket's clock and no other test counts with them.
 */
class CalendarPageIntegrationTest extends IntegrationTest {
    static final String MANAGER = "t-manager";

    @BeforeEach
    void manager() {
        TestUsers.create(jdbc, "U-T-MGR", MANAGER, "MANAGER");
    }

    @Test
    void theYearShowsOfficialHolidaysAndAdjustedWorkingDaysInBothLanguages_W1() {
        PageSession chinese = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        PageSession english = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);

        Page zh = chinese.get("/admin/calendar?year=2026");
        Page en = english.get("/admin/calendar?year=2026");

        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body())
                .contains("2026年工作日历", "国庆节", "国家法定安排", "周末上班（调休）")
                .contains("id=\"day-2026-10-01\"", "id=\"day-2026-10-10\"")
                .contains("id=\"form-correction\"", "id=\"correction-day\"", "<label for=\"correction-reason\"")
                .contains("id=\"form-hours\"", "id=\"hours-opens\"", "value=\"09:00\"");
        assertThat(row(zh.body(), "2026-10-10")).contains("工作日", "国家法定安排");
        assertThat(row(zh.body(), "2026-10-01")).contains("休息日");
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body()).contains("Company calendar 2026", "Official calendar", "Correct a day (W1)", "October");
        Page uncovered = english.get("/admin/calendar?year=2031");
        assertThat(uncovered.body()).contains("does not cover 2031");
    }

    @Test
    void aCorrectionThroughTheFormShowsOnThePageAndInTheApiAndIsWithdrawnAgain_W1_S3() {
        LocalDate day = weekdayOfAFarYear();
        PageSession admin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        admin.get("/admin/calendar?year=" + day.getYear());

        Page corrected = admin.post(
                "/admin/calendar/days", Map.of("day", day.toString(), "kind", "HOLIDAY", "reason", "年会 page test"));

        assertThat(corrected.status()).isEqualTo(302);
        assertThat(corrected.location()).endsWith("/admin/calendar?year=" + day.getYear() + "#days");
        Page page = admin.get("/admin/calendar?year=" + day.getYear());
        assertThat(page.body()).contains("id=\"flash\"", "id=\"day-" + day + "\"", "id=\"form-withdraw-" + day + "\"");
        assertThat(row(page.body(), day.toString())).contains("休息日", "公司调整", "年会 page test");
        JsonNode inApi = dayInApi(day);
        assertThat(inApi.get("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(inApi.get("source").asText()).isEqualTo("CORRECTION");
        assertThat(inApi.get("note").asText()).isEqualTo("年会 page test");
        JsonNode last =
                last(api.get(TestUsers.ADMIN, "/api/calendars/company/history").body());
        assertThat(last.get("eventType").asText()).isEqualTo("CalendarDayCorrectedEvent");
        assertThat(last.get("actorUserId").asText()).isEqualTo("U-T-ADMIN");
        assertThat(last.get("actorRole").asText()).isEqualTo("ADMIN");

        Page withdrawn = admin.post("/admin/calendar/days/" + day + "/withdrawal", Map.of("reason", "取消"));

        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(dayInApi(day)).isNull();
        assertThat(admin.get("/admin/calendar?year=" + day.getYear()).body())
                .contains("id=\"flash\"")
                .doesNotContain("id=\"form-withdraw-" + day + "\"");
    }

    @Test
    void aRefusedFormComesBackWithItsReasonAndNothingIsStored_W1_W2() {
        LocalDate day = weekdayOfAFarYear();
        PageSession admin = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);
        admin.get("/admin/calendar?year=" + day.getYear());
        long events = eventCount();

        Page nothingChanges = admin.post(
                "/admin/calendar/days", Map.of("day", day.toString(), "kind", "WORKING_DAY", "reason", "as usual"));
        Page noReason =
                admin.post("/admin/calendar/days", Map.of("day", day.toString(), "kind", "HOLIDAY", "reason", ""));
        Page backwards = admin.post(
                "/admin/calendar/business-hours",
                Map.of("opens", "18:00", "closes", "09:00", "reason", "night shift", "year", "2026"));

        assertThat(nothingChanges.status()).isEqualTo(422);
        assertThat(nothingChanges.body())
                .contains("id=\"form-error\"", "Rule W1")
                .contains("value=\"" + day + "\"");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body())
                .contains("id=\"correction-reason-error\"", "aria-describedby=\"correction-reason-error\"");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.body()).contains("id=\"form-error\"", "Rule W2", "value=\"18:00\"", "night shift");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void theBusinessHoursFormSetsTheHoursOfTheCalendar_W2() {
        PageSession admin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        admin.get("/admin/calendar?year=2026");
        JsonNode before = api.get(TestUsers.ADMIN, "/api/calendars/company/days?year=2026")
                .body();
        String opens = before.get("opens").asText().substring(0, 5);
        String closes = before.get("closes").asText().substring(0, 5);
        try {
            Page set = admin.post(
                    "/admin/calendar/business-hours",
                    Map.of("opens", "08:30", "closes", closes, "reason", "page test", "year", "2026"));

            assertThat(set.status()).isEqualTo(302);
            assertThat(api.get(TestUsers.CLERK, "/api/calendars/company/days?year=2026")
                            .body()
                            .get("opens")
                            .asText())
                    .startsWith("08:30");
            assertThat(admin.get("/admin/calendar?year=2026").body()).contains("08:30–" + closes);
        } finally {
            // The company calendar's hours count in contract tickets' clocks: put them back.
            admin.get("/admin/calendar?year=2026");
            admin.post(
                    "/admin/calendar/business-hours",
                    Map.of("opens", opens, "closes", closes, "reason", "page test done", "year", "2026"));
        }
        assertThat(api.get(TestUsers.CLERK, "/api/calendars/company/days?year=2026")
                        .body()
                        .get("opens")
                        .asText())
                .startsWith(opens);
    }

    @Test
    void managementReadsTheCalendarAndItsHistoryWithoutFormsAndAClerkReadsItWithoutHistory_S3() {
        PageSession manager = PageSession.signedIn(port, "en", MANAGER, null);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);

        Page asManager = manager.get("/admin/calendar?year=2026");
        Page asClerk = clerk.get("/admin/calendar?year=2026");

        assertThat(asManager.status()).isEqualTo(200);
        assertThat(asManager.body()).contains("id=\"history\"").doesNotContain("id=\"form-correction\"");
        assertThat(asClerk.status()).isEqualTo(200);
        assertThat(asClerk.body()).doesNotContain("id=\"history\"").doesNotContain("id=\"form-hours\"");
        assertThat(clerk.post("/admin/calendar/days", Map.of("day", "2150-03-03", "kind", "HOLIDAY", "reason", "x"))
                        .status())
                .isEqualTo(403);
    }

    private JsonNode dayInApi(LocalDate day) {
        Api.Response year = api.get(TestUsers.CLERK, "/api/calendars/company/days?year=" + day.getYear());
        assertThat(year.status()).isEqualTo(200);
        for (JsonNode d : year.body().get("days")) {
            if (d.get("day").asText().equals(day.toString())) {
                return d;
            }
        }
        return null;
    }

    /** A weekday in 2100–2199 (no official calendar there): an ordinary working day nobody counts in. */
    private static LocalDate weekdayOfAFarYear() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate day = LocalDate.of(2100 + random.nextInt(100), 1, 1).plusDays(random.nextInt(360));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static JsonNode last(JsonNode history) {
        return history.get(history.size() - 1);
    }

    private static String row(String body, String day) {
        int start = body.indexOf("id=\"row-" + day + "\"");
        assertThat(start).as("the row of " + day).isPositive();
        return body.substring(start, body.indexOf("</tr>", start));
    }
}
