package com.aftersales.command.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.DayKind;
import com.aftersales.command.calendar.BusinessHours;
import com.aftersales.command.calendar.OfficialDays;
import com.aftersales.command.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** T13/T14: a contract in business hours counts the company calendar's working hours, at its version. */
class CompanyCalendarHoursTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final WorkingCalendar calendar = new WorkingCalendar(
            "company",
            5,
            SHANGHAI,
            OfficialDays.chinaMainland(),
            Map.of(LocalDate.of(2026, 10, 8), DayKind.HOLIDAY, LocalDate.of(2026, 10, 9), DayKind.HOLIDAY),
            BusinessHours.DEFAULT);

    private final SlaTime hours = new CompanyCalendarHours(id -> {
                assertThat(id).isEqualTo(CalendarId.COMPANY);
                return calendar;
            })
            .businessHours();

    @Test
    void aClockSetBeforeGoldenWeekRunsOnAfterItAndTheCorrectedHoliday_T13() {
        // Wednesday 30 September 17:30 Shanghai, 2 h: 30 minutes that day, then the National Day
        // holidays (1–7 October) and the company's two extra days off (8 and 9 October,
        // corrections); 90 minutes from 09:00 on Saturday 10 October, an adjusted working day
        // (调休), end at 10:30.
        Instant due = hours.plus(Instant.parse("2026-09-30T09:30:00Z"), Duration.ofHours(2));

        assertThat(due).isEqualTo(Instant.parse("2026-10-10T02:30:00Z"));
        assertThat(hours.between(Instant.parse("2026-09-30T09:30:00Z"), due)).isEqualTo(Duration.ofHours(2));
        assertThat(hours.calendarVersion()).isEqualTo(5);
    }
}
