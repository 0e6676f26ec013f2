package com.aftersales.command.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.DayKind;
import com.aftersales.command.calendar.BusinessHours;
import com.aftersales.command.calendar.OfficialDays;
import com.aftersales.command.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R3 with W1: the supplier's answer is due ten working days of the company calendar after sending. */
class CompanyClaimAnswerCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void tenWorkingDaysSkipTheNationalHolidayAndCountTheMakeUpSaturday_R3() {
        CompanyClaimAnswerCalendar calendar = new CompanyClaimAnswerCalendar(id -> {
            assertThat(id).isEqualTo(CalendarId.COMPANY);
            return WorkingCalendar.official(id.value(), SHANGHAI);
        });

        // Friday 26 September 2025, 10:00 in Shanghai; 28 Sep and 11 Oct are make-up working days.
        ClaimAnswerDue due = calendar.answerDue(Instant.parse("2025-09-26T02:00:00Z"), 10);

        assertThat(due)
                .isEqualTo(new ClaimAnswerDue(LocalDate.parse("2025-10-16"), Instant.parse("2025-10-16T16:00:00Z"), 0));
    }

    @Test
    void theDayIsTheCompanyZonesAndTheCalendarsCorrectionsAndVersionCount_R3() {
        WorkingCalendar corrected = new WorkingCalendar(
                "company",
                7,
                SHANGHAI,
                OfficialDays.chinaMainland(),
                Map.of(LocalDate.parse("2025-03-04"), DayKind.HOLIDAY),
                BusinessHours.DEFAULT);
        CompanyClaimAnswerCalendar calendar = new CompanyClaimAnswerCalendar(id -> corrected);

        // 23:30 UTC on Sunday 2 March is Monday 3 March, 07:30, in Shanghai.
        ClaimAnswerDue due = calendar.answerDue(Instant.parse("2025-03-02T23:30:00Z"), 2);

        assertThat(due)
                .isEqualTo(new ClaimAnswerDue(LocalDate.parse("2025-03-06"), Instant.parse("2025-03-06T16:00:00Z"), 7));
    }
}
