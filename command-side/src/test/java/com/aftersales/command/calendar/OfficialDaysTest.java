package com.aftersales.command.calendar;

import static com.aftersales.api.calendar.DayKind.HOLIDAY;
import static com.aftersales.api.calendar.DayKind.WORKING_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.command.calendar.OfficialDays.OfficialDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** W1, the base layer: the official calendar of mainland China that ships with the application. */
class OfficialDaysTest {
    private static final OfficialDays CHINA = OfficialDays.chinaMainland();

    @Test
    void theShippedDataCovers2024To2026AndNoOtherYear_W1() {
        assertThat(CHINA.covers(2024)).isTrue();
        assertThat(CHINA.covers(2025)).isTrue();
        assertThat(CHINA.covers(2026)).isTrue();
        assertThat(CHINA.covers(2023)).isFalse();
        assertThat(CHINA.covers(2027)).isFalse();
    }

    /** The State Council notice for 2026, as the working-day library's data also has it. */
    @Test
    void theOfficialWeekdayHolidaysAndWorkingWeekendDaysOf2026AreExactlyThePublishedOnes_W1() {
        List<String> weekdayHolidays = new java.util.ArrayList<>();
        List<String> workingWeekendDays = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && CHINA.kindOf(d) == HOLIDAY) {
                weekdayHolidays.add(d.toString());
            }
            if (weekend && CHINA.kindOf(d) == WORKING_DAY) {
                workingWeekendDays.add(d.toString());
            }
        }
        assertThat(weekdayHolidays)
                .containsExactly(
                        "2026-01-01",
                        "2026-01-02",
                        "2026-02-16",
                        "2026-02-17",
                        "2026-02-18",
                        "2026-02-19",
                        "2026-02-20",
                        "2026-02-23",
                        "2026-04-06",
                        "2026-05-01",
                        "2026-05-04",
                        "2026-05-05",
                        "2026-06-19",
                        "2026-09-25",
                        "2026-10-01",
                        "2026-10-02",
                        "2026-10-05",
                        "2026-10-06",
                        "2026-10-07");
        assertThat(workingWeekendDays)
                .containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
    }

    @Test
    void aListedDayCarriesItsKindAndName_W1() {
        assertThat(CHINA.listed(LocalDate.of(2026, 10, 3)))
                .contains(new OfficialDay(LocalDate.of(2026, 10, 3), HOLIDAY, "国庆节"));
        assertThat(CHINA.listed(LocalDate.of(2026, 10, 10)))
                .contains(new OfficialDay(LocalDate.of(2026, 10, 10), WORKING_DAY, "国庆节调休"));
        assertThat(CHINA.listed(LocalDate.of(2026, 3, 7))).isEmpty();
    }

    @Test
    void theListedDaysOfAYearComeByDateAndOnlyFromThatYear_W1() {
        List<OfficialDay> days = CHINA.listedIn(2026);
        assertThat(days)
                .hasSize(39)
                .allSatisfy(d -> assertThat(d.day().getYear()).isEqualTo(2026));
        assertThat(days.get(0).day()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(days.get(days.size() - 1).day()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(days).isSortedAccordingTo(java.util.Comparator.comparing(OfficialDay::day));
        assertThat(CHINA.listedIn(2027)).isEmpty();
    }

    @Test
    void withoutOfficialDataOnlyTheWeekendRuleHolds_W1() {
        OfficialDays none = OfficialDays.none();
        assertThat(none.covers(2026)).isFalse();
        assertThat(none.kindOf(LocalDate.of(2026, 10, 1))).as("Thursday").isEqualTo(WORKING_DAY);
        assertThat(none.kindOf(LocalDate.of(2026, 10, 3))).as("Saturday").isEqualTo(HOLIDAY);
        assertThat(none.kindOf(LocalDate.of(2026, 10, 4))).as("Sunday").isEqualTo(HOLIDAY);
        assertThat(none.kindOf(LocalDate.of(2026, 10, 5))).as("Monday").isEqualTo(WORKING_DAY);
        assertThat(none.kindOf(LocalDate.of(2026, 10, 9))).as("Friday").isEqualTo(WORKING_DAY);
    }

    @Test
    void linesAreADayOrARangeWithAKindAndANameAndCommentsAndBlankLinesAreSkipped_W1() {
        OfficialDays parsed = OfficialDays.parse(List.of(
                "# a comment",
                "",
                "   ",
                "2030-10-01..2030-10-03 HOLIDAY 国庆节 first days",
                "  2030-10-12   WORKING_DAY 调休  "));
        assertThat(parsed.covers(2030)).isTrue();
        assertThat(parsed.listedIn(2030))
                .extracting(OfficialDay::day, OfficialDay::kind, OfficialDay::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2030, 10, 1), HOLIDAY, "国庆节 first days"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2030, 10, 2), HOLIDAY, "国庆节 first days"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2030, 10, 3), HOLIDAY, "国庆节 first days"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2030, 10, 12), WORKING_DAY, "调休"));
    }

    @Test
    void aLineWithoutANameIsRefused_W1() {
        assertThatThrownBy(() -> OfficialDays.parse(List.of("2030-10-01 HOLIDAY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030-10-01 HOLIDAY");
    }

    @Test
    void aMissingResourceIsRefusedAtStartRatherThanReadAsNoHolidays_W1() {
        assertThatThrownBy(() -> OfficialDays.load("calendar/no-such-file.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-file");
        assertThat(OfficialDays.load(OfficialDays.RESOURCE).covers(2026)).isTrue();
    }
}
