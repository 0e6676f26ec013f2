package com.aftersales.command.calendar;

import static com.aftersales.api.calendar.DayKind.HOLIDAY;
import static com.aftersales.api.calendar.DayKind.WORKING_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.calendar.DayKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * W1 working days and W2 business hours on the {@link WorkingCalendar}, in Asia/Shanghai with the
 * official calendar of mainland China. Days used: 2026-03-06 is a Friday; 2026-10-01..07 is the
 * National Day holiday (Golden Week) with Sunday 2026-09-20 and Saturday 2026-10-10 working
 * (调休); 2027 is not in the official data.
 */
class WorkingCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar OFFICIAL = WorkingCalendar.official("company", SHANGHAI);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static WorkingCalendar corrected(Map<LocalDate, DayKind> corrections) {
        return new WorkingCalendar(
                "company", 2, SHANGHAI, OfficialDays.chinaMainland(), corrections, BusinessHours.DEFAULT);
    }

    private static WorkingCalendar withHours(String opens, String closes) {
        return new WorkingCalendar(
                "phone-duty",
                1,
                SHANGHAI,
                OfficialDays.chinaMainland(),
                Map.of(),
                new BusinessHours(LocalTime.parse(opens), LocalTime.parse(closes)));
    }

    // ---------------------------------------------------------------- which days work (W1)

    @Test
    void aNeverChangedCalendarIsTheOfficialOneAtVersionZeroWithDefaultHours_W1() {
        WorkingCalendar official = WorkingCalendar.official("company", SHANGHAI);
        assertThat(official.calendarId()).isEqualTo("company");
        assertThat(official.version()).isZero();
        assertThat(official.zone()).isEqualTo(SHANGHAI);
        assertThat(official.officialDays()).isSameAs(OfficialDays.chinaMainland());
        assertThat(official.corrections()).isEmpty();
        assertThat(new WorkingCalendar("c", 0, SHANGHAI, OfficialDays.none(), Map.of(), BusinessHours.DEFAULT)
                        .version())
                .isZero();
        assertThat(corrected(Map.of()).version()).isEqualTo(2);
        assertThat(official.businessHours())
                .isEqualTo(BusinessHours.DEFAULT)
                .isEqualTo(new BusinessHours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }

    @Test
    void anOrdinaryWeekendIsOffAndTheWeekAroundItWorks_W1() {
        assertThat(OFFICIAL.isWorkingDay(day("2026-03-06"))).isTrue(); // Friday
        assertThat(OFFICIAL.isWorkingDay(day("2026-03-07"))).isFalse(); // Saturday
        assertThat(OFFICIAL.isWorkingDay(day("2026-03-08"))).isFalse(); // Sunday
        assertThat(OFFICIAL.isWorkingDay(day("2026-03-09"))).isTrue(); // Monday
        assertThat(OFFICIAL.kindOf(day("2026-03-07"))).isEqualTo(HOLIDAY);
        assertThat(OFFICIAL.addWorkingDays(day("2026-03-06"), 1)).isEqualTo(day("2026-03-09"));
        assertThat(OFFICIAL.workingDaysBetween(day("2026-03-06"), day("2026-03-09")))
                .isEqualTo(1);
    }

    @Test
    void goldenWeek2026IsSevenDaysOffAndItsAdjustedWeekendDaysWork_W1() {
        for (LocalDate d = day("2026-10-01"); !d.isAfter(day("2026-10-07")); d = d.plusDays(1)) {
            assertThat(OFFICIAL.isWorkingDay(d)).as("%s in Golden Week", d).isFalse();
        }
        assertThat(OFFICIAL.isWorkingDay(day("2026-09-30"))).isTrue();
        assertThat(OFFICIAL.isWorkingDay(day("2026-10-08"))).isTrue();
        assertThat(OFFICIAL.isWorkingDay(day("2026-09-20"))).as("Sunday 调休").isTrue();
        assertThat(OFFICIAL.isWorkingDay(day("2026-10-10"))).as("Saturday 调休").isTrue();
        assertThat(OFFICIAL.isWorkingDay(day("2026-10-11")))
                .as("the Sunday after")
                .isFalse();
    }

    @Test
    void threeWorkingDaysAfterTheEveOfGoldenWeekEndOnTheAdjustedSaturday_W1() {
        // Oct 8 (Thu), Oct 9 (Fri), Oct 10 (the working Saturday)
        assertThat(OFFICIAL.addWorkingDays(day("2026-09-30"), 3)).isEqualTo(day("2026-10-10"));
        assertThat(OFFICIAL.addWorkingDays(day("2026-09-30"), 1)).isEqualTo(day("2026-10-08"));
        assertThat(OFFICIAL.workingDaysBetween(day("2026-09-30"), day("2026-10-07")))
                .isZero();
        assertThat(OFFICIAL.workingDaysBetween(day("2026-09-30"), day("2026-10-10")))
                .isEqualTo(3);
        assertThat(OFFICIAL.workingDaysBetween(day("2026-09-30"), day("2026-10-12")))
                .isEqualTo(4);
    }

    @Test
    void theAdjustedSaturdaysOf2026AreWorkingDays_W1() {
        assertThat(OFFICIAL.isWorkingDay(day("2026-02-14")))
                .as("before the Spring Festival")
                .isTrue();
        assertThat(OFFICIAL.isWorkingDay(day("2026-02-28")))
                .as("after the Spring Festival")
                .isTrue();
        assertThat(OFFICIAL.isWorkingDay(day("2026-05-09")))
                .as("after Labour Day")
                .isTrue();
        assertThat(OFFICIAL.kindOf(day("2026-05-09"))).isEqualTo(WORKING_DAY);
        // Friday 2026-05-08 + 1 working day is that Saturday, not Monday
        assertThat(OFFICIAL.addWorkingDays(day("2026-05-08"), 1)).isEqualTo(day("2026-05-09"));
    }

    @Test
    void beyondThePublishedYearsOnlyWeekendsCountSoNewYear2027IsAWorkingDayUntilCorrected_W1() {
        assertThat(OFFICIAL.officiallyCovers(2026)).isTrue();
        assertThat(OFFICIAL.officiallyCovers(2027)).isFalse();
        assertThat(OFFICIAL.isWorkingDay(day("2027-01-01")))
                .as("Friday, no official data")
                .isTrue();
        assertThat(OFFICIAL.isWorkingDay(day("2027-01-02"))).isFalse();
        assertThat(OFFICIAL.addWorkingDays(day("2026-12-31"), 1)).isEqualTo(day("2027-01-01"));
        assertThat(OFFICIAL.addWorkingDays(day("2026-12-31"), 2)).isEqualTo(day("2027-01-04"));
        assertThat(OFFICIAL.workingDaysBetween(day("2026-12-30"), day("2027-01-04")))
                .isEqualTo(3);

        WorkingCalendar newYearClosed = corrected(Map.of(day("2027-01-01"), HOLIDAY));
        assertThat(newYearClosed.addWorkingDays(day("2026-12-31"), 1)).isEqualTo(day("2027-01-04"));
    }

    @Test
    void aCorrectionMakesAWeekdayAHolidayAndAWeekendDayAWorkingDay_W1() {
        WorkingCalendar calendar = corrected(Map.of(day("2026-03-10"), HOLIDAY, day("2026-03-14"), WORKING_DAY));
        assertThat(calendar.isWorkingDay(day("2026-03-10")))
                .as("Tuesday closed")
                .isFalse();
        assertThat(calendar.isWorkingDay(day("2026-03-14")))
                .as("Saturday working")
                .isTrue();
        assertThat(calendar.isWorkingDay(day("2026-03-11"))).isTrue();
        assertThat(calendar.corrections()).hasSize(2);
        // Mon 9th: Wed 11, Thu 12, Fri 13, Sat 14 (corrected)
        assertThat(calendar.addWorkingDays(day("2026-03-09"), 4)).isEqualTo(day("2026-03-14"));
        assertThat(calendar.workingDaysBetween(day("2026-03-09"), day("2026-03-16")))
                .isEqualTo(5);
    }

    @Test
    void aCorrectionWinsOverTheOfficialCalendarBothWays_W1() {
        WorkingCalendar calendar = corrected(Map.of(day("2026-10-10"), HOLIDAY, day("2026-10-05"), WORKING_DAY));
        assertThat(calendar.isWorkingDay(day("2026-10-10"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2026-10-05"))).isTrue();
        assertThat(calendar.kindOf(day("2026-10-05"))).isEqualTo(WORKING_DAY);
    }

    @Test
    void theCorrectionsAreCopiedSoTheCalendarStaysAsItWasBuilt_W1() {
        java.util.HashMap<LocalDate, DayKind> corrections = new java.util.HashMap<>();
        corrections.put(day("2026-03-10"), HOLIDAY);
        WorkingCalendar calendar = corrected(corrections);
        corrections.put(day("2026-03-11"), HOLIDAY);
        assertThat(calendar.isWorkingDay(day("2026-03-11"))).isTrue();
        assertThatThrownBy(() -> calendar.corrections().put(day("2026-03-12"), HOLIDAY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void zeroWorkingDaysIsTheStartItselfEvenOnAHoliday_W1() {
        assertThat(OFFICIAL.addWorkingDays(day("2026-10-03"), 0)).isEqualTo(day("2026-10-03"));
        assertThat(OFFICIAL.workingDaysBetween(day("2026-10-03"), day("2026-10-03")))
                .isZero();
    }

    @Test
    void aStartOnAHolidayIsNotCounted_W1() {
        assertThat(OFFICIAL.addWorkingDays(day("2026-10-03"), 1)).isEqualTo(day("2026-10-08"));
    }

    @Test
    void workingDaysBetweenIsZeroWhenToIsNotAfterFrom_W1() {
        assertThat(OFFICIAL.workingDaysBetween(day("2026-03-10"), day("2026-03-09")))
                .isZero();
        assertThat(OFFICIAL.workingDaysBetween(day("2026-03-10"), day("2026-03-02")))
                .isZero();
    }

    @Test
    void negativeAmountsAndVersionsAreRefused_W1_W2() {
        assertThatThrownBy(() -> OFFICIAL.addWorkingDays(day("2026-03-09"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("days");
        assertThatThrownBy(() -> OFFICIAL.addBusinessHours(at("2026-03-09T10:00"), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> new WorkingCalendar(
                        "company", -1, SHANGHAI, OfficialDays.none(), Map.of(), BusinessHours.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessHoursOpenBeforeTheyClose_W2() {
        assertThatThrownBy(() -> new BusinessHours(LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessHours(LocalTime.of(9, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new BusinessHours(LocalTime.of(9, 0), LocalTime.of(9, 1)).closes())
                .isEqualTo(LocalTime.of(9, 1));
    }

    // ---------------------------------------------------------------- business hours (W2)

    @ParameterizedTest(name = "{0} + {1} = {2} ({3})")
    @CsvSource({
        "2026-03-09T10:00, PT2H,  2026-03-09T12:00, inside one day",
        "2026-03-09T17:00, PT1H,  2026-03-09T18:00, ends exactly at closing: the closing time",
        "2026-03-09T17:00, PT2H,  2026-03-10T10:00, across a night",
        "2026-03-09T09:00, PT9H,  2026-03-09T18:00, a whole day",
        "2026-03-09T09:00, PT10H, 2026-03-10T10:00, more than a day",
        "2026-03-06T17:30, PT1H,  2026-03-09T09:30, across a weekend",
        "2026-09-30T17:00, PT2H,  2026-10-08T10:00, across Golden Week",
        "2026-10-09T17:00, PT2H,  2026-10-10T10:00, into the adjusted working Saturday",
        "2026-03-09T07:00, PT1H,  2026-03-09T10:00, before opening: counts from the opening",
        "2026-03-09T18:00, PT1H,  2026-03-10T10:00, at closing: counts from the next opening",
        "2026-03-09T20:00, PT1H,  2026-03-10T10:00, in the evening: counts from the next opening",
        "2026-03-07T12:00, PT1H,  2026-03-09T10:00, on a Saturday: counts from Monday's opening",
        "2026-03-09T09:00, PT1S,  2026-03-09T09:00:01, one second at opening",
        "2026-03-09T17:59:59, PT2S, 2026-03-10T09:00:01, one second before closing, then the next day",
    })
    void addBusinessHoursCountsOnlyOpenTimeOnWorkingDays_W2(
            String start, Duration amount, String expected, String why) {
        assertThat(OFFICIAL.addBusinessHours(at(start), amount)).as(why).isEqualTo(at(expected));
        assertThat(OFFICIAL.businessTimeBetween(at(start), at(expected)))
                .as(why)
                .isEqualTo(amount);
    }

    @Test
    void zeroBusinessTimeIsTheStartItselfEvenOutsideHours_W2() {
        assertThat(OFFICIAL.addBusinessHours(at("2026-03-07T12:00"), Duration.ZERO))
                .isEqualTo(at("2026-03-07T12:00"));
        assertThat(OFFICIAL.addBusinessHours(at("2026-03-09T20:00"), Duration.ZERO))
                .isEqualTo(at("2026-03-09T20:00"));
    }

    @Test
    void anotherCalendarsHoursCountInsteadSuchAsThePhoneDutyEightToTen_W2() {
        WorkingCalendar phoneDuty = withHours("08:00", "22:00");
        assertThat(phoneDuty.addBusinessHours(at("2026-03-09T21:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-03-10T09:00"));
        assertThat(phoneDuty.businessTimeBetween(at("2026-03-09T07:00"), at("2026-03-09T23:00")))
                .isEqualTo(Duration.ofHours(14));
    }

    @Test
    void aCorrectedDayOpensOrClosesItsBusinessHours_W1_W2() {
        WorkingCalendar calendar = corrected(Map.of(day("2026-03-10"), HOLIDAY, day("2026-03-14"), WORKING_DAY));
        assertThat(calendar.addBusinessHours(at("2026-03-09T17:00"), Duration.ofHours(2)))
                .as("Tuesday closed")
                .isEqualTo(at("2026-03-11T10:00"));
        assertThat(calendar.addBusinessHours(at("2026-03-13T17:00"), Duration.ofHours(2)))
                .as("Saturday open")
                .isEqualTo(at("2026-03-14T10:00"));
    }

    @ParameterizedTest(name = "[{0}, {1}) = {2} ({3})")
    @CsvSource({
        "2026-03-09T08:00, 2026-03-09T10:00, PT1H,  from before opening",
        "2026-03-09T17:00, 2026-03-09T20:00, PT1H,  until after closing",
        "2026-03-09T19:00, 2026-03-10T09:00, PT0S,  a night",
        "2026-03-06T17:00, 2026-03-09T10:00, PT2H,  a weekend between",
        "2026-09-30T12:00, 2026-10-08T12:00, PT9H,  Golden Week between",
        "2026-03-09T10:00, 2026-03-09T10:00, PT0S,  an empty interval",
        "2026-03-09T12:00, 2026-03-09T10:00, PT0S,  to before from",
        "2026-03-10T12:00, 2026-03-09T10:00, PT0S,  to a day before from",
        "2026-03-07T10:00, 2026-03-07T12:00, PT0S,  inside a Saturday",
    })
    void businessTimeBetweenCountsOnlyOpenTimeOnWorkingDays_W2(String from, String to, Duration expected, String why) {
        assertThat(OFFICIAL.businessTimeBetween(at(from), at(to))).as(why).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- inverse properties, seeded

    private static final WorkingCalendar SAMPLE = new WorkingCalendar(
            "company",
            3,
            SHANGHAI,
            OfficialDays.chinaMainland(),
            Map.of(day("2026-12-31"), HOLIDAY, day("2027-01-01"), HOLIDAY, day("2026-06-20"), WORKING_DAY),
            BusinessHours.DEFAULT);

    @Test
    void workingDaysBetweenUndoesAddWorkingDaysOnSeededRandomStarts_W1() {
        Random random = new Random(20261001L);
        LocalDate first = day("2025-11-01");
        for (int i = 0; i < 2_000; i++) {
            LocalDate start = first.plusDays(random.nextInt(500));
            int n = random.nextInt(40);
            LocalDate due = SAMPLE.addWorkingDays(start, n);
            assertThat(SAMPLE.workingDaysBetween(start, due))
                    .as("%s + %d = %s", start, n, due)
                    .isEqualTo(n);
            if (n > 0) {
                assertThat(SAMPLE.isWorkingDay(due)).isTrue();
                assertThat(SAMPLE.workingDaysBetween(start, due.minusDays(1))).isEqualTo(n - 1);
            }
        }
    }

    @Test
    void businessTimeBetweenUndoesAddBusinessHoursOnSeededRandomStarts_W2() {
        Random random = new Random(20260920L);
        Instant first = at("2025-12-01T00:00");
        for (int i = 0; i < 2_000; i++) {
            Instant start = first.plusSeconds(random.nextInt(400 * 24 * 3600));
            Duration amount = Duration.ofSeconds(random.nextInt(60 * 3600));
            Instant end = SAMPLE.addBusinessHours(start, amount);
            assertThat(SAMPLE.businessTimeBetween(start, end))
                    .as("%s + %s = %s", start, amount, end)
                    .isEqualTo(amount);
            if (!amount.isZero()) {
                // the earliest such instant: one second less is not enough
                assertThat(SAMPLE.businessTimeBetween(start, end.minusSeconds(1)))
                        .isEqualTo(amount.minusSeconds(1));
            }
        }
    }
}
