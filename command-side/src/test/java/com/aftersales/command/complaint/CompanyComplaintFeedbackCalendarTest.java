package com.aftersales.command.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.DayKind;
import com.aftersales.api.policy.ComplaintSettings;
import com.aftersales.api.policy.ExpenseCaps;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.RepairSettings;
import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.command.calendar.BusinessHours;
import com.aftersales.command.calendar.OfficialDays;
import com.aftersales.command.calendar.WorkingCalendar;
import com.aftersales.command.policy.CurrentPolicy;
import com.aftersales.command.policy.PolicyVersions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * C4 with W1: the customer's feedback is due {@code feedbackWorkingDays} (the policy in force)
 * working days of the company calendar after the day of registration, in the company zone; the
 * official mainland calendar that ships with the application, or the administrator's corrections.
 */
class CompanyComplaintFeedbackCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The policy in force at {@code version} with {@code days} feedback working days, all else as the samples have it. */
    static PolicyVersions policy(int version, int days) {
        return new PolicyVersions() {
            @Override
            public CurrentPolicy current() {
                return new CurrentPolicy(version, settings(days));
            }

            @Override
            public PolicySettings at(int v) {
                throw new AssertionError("the feedback counts with the policy in force only");
            }
        };
    }

    static PolicySettings settings(int days) {
        return new PolicySettings(
                new TicketSlaSettings(Map.of(), Map.of(), Duration.ofHours(4)),
                new RepairSettings(24, 3, 1, 7, 3, 90, 24, 4, 1, 3, 10, 10, 7, 15, 10, 24),
                new ComplaintSettings(days),
                new ExpenseCaps(Map.of()));
    }

    static CompanyComplaintFeedbackCalendar official(int policyVersion, int days) {
        return new CompanyComplaintFeedbackCalendar(
                id -> {
                    assertThat(id).isEqualTo(CalendarId.COMPANY);
                    return WorkingCalendar.official(id.value(), SHANGHAI);
                },
                policy(policyVersion, days));
    }

    @Test
    void registeredOnFridayTheFeedbackIsDueOnTuesday_C4() {
        // Friday 7 March 2025, 10:00 in Shanghai: Monday 10 and Tuesday 11 are the two working days.
        ComplaintFeedbackDue due = official(4, 2).feedbackDue(Instant.parse("2025-03-07T02:00:00Z"));

        assertThat(due)
                .isEqualTo(new ComplaintFeedbackDue(
                        LocalDate.parse("2025-03-11"), Instant.parse("2025-03-11T16:00:00Z"), 2, 4, 0));
    }

    @Test
    void theNationalHolidayIsSkippedAndTheAdjustedWorkingSaturdayCounts_C4_W1() {
        // Tuesday 30 September 2025: 1-8 October are holidays, Thursday 9 is the first working day,
        // Friday 10 the second; Saturday 11 October is an adjusted working day (调休), the third.
        CompanyComplaintFeedbackCalendar calendar = official(6, 2);
        assertThat(calendar.feedbackDue(Instant.parse("2025-09-30T01:00:00Z")).dueBy())
                .isEqualTo(LocalDate.parse("2025-10-10"));
        assertThat(official(6, 3).feedbackDue(Instant.parse("2025-09-30T01:00:00Z")))
                .isEqualTo(new ComplaintFeedbackDue(
                        LocalDate.parse("2025-10-11"), Instant.parse("2025-10-11T16:00:00Z"), 3, 6, 0));
        // Friday 26 September 2025: Sunday 28 September is an adjusted working day (调休).
        assertThat(calendar.feedbackDue(Instant.parse("2025-09-26T02:00:00Z")).dueBy())
                .isEqualTo(LocalDate.parse("2025-09-29"));
    }

    @Test
    void theDayIsTheCompanyZonesAndTheCalendarsCorrectionsAndVersionCount_C4_W1() {
        WorkingCalendar corrected = new WorkingCalendar(
                "company",
                7,
                SHANGHAI,
                OfficialDays.chinaMainland(),
                Map.of(LocalDate.parse("2025-03-04"), DayKind.HOLIDAY),
                BusinessHours.DEFAULT);
        CompanyComplaintFeedbackCalendar calendar = new CompanyComplaintFeedbackCalendar(id -> corrected, policy(9, 2));

        // 23:30 UTC on Sunday 2 March is Monday 3 March, 07:30, in Shanghai; Tuesday 4 is a company holiday.
        ComplaintFeedbackDue due = calendar.feedbackDue(Instant.parse("2025-03-02T23:30:00Z"));

        assertThat(due)
                .isEqualTo(new ComplaintFeedbackDue(
                        LocalDate.parse("2025-03-06"), Instant.parse("2025-03-06T16:00:00Z"), 2, 9, 7));
    }
}
