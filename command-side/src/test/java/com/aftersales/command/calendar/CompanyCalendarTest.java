package com.aftersales.command.calendar;

import static com.aftersales.api.calendar.DayKind.HOLIDAY;
import static com.aftersales.api.calendar.DayKind.WORKING_DAY;
import static com.aftersales.command.common.RuleViolations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.calendar.BusinessHoursSetEvent;
import com.aftersales.api.calendar.CalendarCorrectionWithdrawnEvent;
import com.aftersales.api.calendar.CalendarDayCorrectedEvent;
import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.CorrectCalendarDayCommand;
import com.aftersales.api.calendar.SetBusinessHoursCommand;
import com.aftersales.api.calendar.WithdrawCalendarCorrectionCommand;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * W1 and W2 on the {@link CompanyCalendar}: an administrator's corrections over the official
 * calendar and the business hours, each change an event with the calendar's next version. Days
 * used: Tuesday 2026-03-10 (a working day), Saturday 2026-03-14 (off), Thursday 2026-10-01 (National
 * Day), Saturday 2026-10-10 (a working Saturday, 调休).
 */
class CompanyCalendarTest {
    private static final CalendarId COMPANY = CalendarId.COMPANY;
    private static final LocalDate TUESDAY = LocalDate.parse("2026-03-10");
    private static final LocalDate SATURDAY = LocalDate.parse("2026-03-14");
    private static final LocalDate NATIONAL_DAY = LocalDate.parse("2026-10-01");
    private static final LocalDate WORKING_SATURDAY = LocalDate.parse("2026-10-10");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private AggregateTestFixture<CompanyCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CompanyCalendar.class);
    }

    @Test
    void theCompanyCalendarIsCalledCompanyAndItsStreamCannotBeAnotherAggregates_W1() {
        assertThat(COMPANY.value()).isEqualTo("company");
        assertThat(COMPANY).hasToString("calendar:company");
        assertThat(new CalendarId("phone-duty")).hasToString("calendar:phone-duty");
        for (String bad : new String[] {"", "calendar:company", "a b", "x".repeat(65)}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CalendarId(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theFirstCorrectionCreatesTheCalendarAtVersionOne_W1() {
        fixture.givenNoPriorActivity()
                .when(new CorrectCalendarDayCommand(COMPANY, TUESDAY, HOLIDAY, "公司年会"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CalendarDayCorrectedEvent(COMPANY, 1, TUESDAY, HOLIDAY, "公司年会"))
                .expectState(calendar -> assertThat(calendar).isNotNull());
    }

    @Test
    void aWeekendDayIsMadeAWorkingDay_W1() {
        fixture.givenNoPriorActivity()
                .when(new CorrectCalendarDayCommand(COMPANY, SATURDAY, WORKING_DAY, "盘点"))
                .expectEvents(new CalendarDayCorrectedEvent(COMPANY, 1, SATURDAY, WORKING_DAY, "盘点"));
    }

    @Test
    void anOfficialHolidayIsMadeAWorkingDayAndAnAdjustedSaturdayAHoliday_W1() {
        fixture.givenNoPriorActivity()
                .when(new CorrectCalendarDayCommand(COMPANY, NATIONAL_DAY, WORKING_DAY, "值班"))
                .expectEvents(new CalendarDayCorrectedEvent(COMPANY, 1, NATIONAL_DAY, WORKING_DAY, "值班"));
        fixture.givenNoPriorActivity()
                .when(new CorrectCalendarDayCommand(COMPANY, WORKING_SATURDAY, HOLIDAY, "公司补休"))
                .expectEvents(new CalendarDayCorrectedEvent(COMPANY, 1, WORKING_SATURDAY, HOLIDAY, "公司补休"));
    }

    @Test
    void everyChangeRaisesTheVersionByOne_W1_W2() {
        fixture.given(
                        new CalendarDayCorrectedEvent(COMPANY, 1, TUESDAY, HOLIDAY, "年会"),
                        new BusinessHoursSetEvent(COMPANY, 2, LocalTime.of(8, 30), SIX_PM, "提前开门"),
                        new CalendarCorrectionWithdrawnEvent(COMPANY, 3, TUESDAY, "年会取消"))
                .when(new CorrectCalendarDayCommand(COMPANY, SATURDAY, WORKING_DAY, "盘点"))
                .expectEvents(new CalendarDayCorrectedEvent(COMPANY, 4, SATURDAY, WORKING_DAY, "盘点"));
    }

    @Test
    void aCorrectedDayIsCorrectedBack_W1() {
        fixture.given(new CalendarDayCorrectedEvent(COMPANY, 1, TUESDAY, HOLIDAY, "年会"))
                .when(new CorrectCalendarDayCommand(COMPANY, TUESDAY, WORKING_DAY, "年会改期"))
                .expectEvents(new CalendarDayCorrectedEvent(COMPANY, 2, TUESDAY, WORKING_DAY, "年会改期"));
    }

    @Test
    void aCorrectionOfADayToTheKindItAlreadyHasIsRefused_W1() {
        fixture.givenNoPriorActivity()
                .when(new CorrectCalendarDayCommand(COMPANY, TUESDAY, WORKING_DAY, "照常"))
                .expectException(violationOf(CalendarRule.CORRECTION_CHANGES_NOTHING))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CorrectCalendarDayCommand(COMPANY, NATIONAL_DAY, HOLIDAY, "放假"))
                .expectException(violationOf(CalendarRule.CORRECTION_CHANGES_NOTHING))
                .expectNoEvents();
        fixture.given(new CalendarDayCorrectedEvent(COMPANY, 1, TUESDAY, HOLIDAY, "年会"))
                .when(new CorrectCalendarDayCommand(COMPANY, TUESDAY, HOLIDAY, "年会"))
                .expectException(violationOf(CalendarRule.CORRECTION_CHANGES_NOTHING))
                .expectNoEvents();
    }

    @Test
    void aCorrectionIsWithdrawn_W1() {
        fixture.given(new CalendarDayCorrectedEvent(COMPANY, 1, TUESDAY, HOLIDAY, "年会"))
                .when(new WithdrawCalendarCorrectionCommand(COMPANY, TUESDAY, "年会取消"))
                .expectEvents(new CalendarCorrectionWithdrawnEvent(COMPANY, 2, TUESDAY, "年会取消"));
    }

    @Test
    void withdrawingWhereThereIsNoCorrectionIsRefused_W1() {
        fixture.given(new CalendarDayCorrectedEvent(COMPANY, 1, TUESDAY, HOLIDAY, "年会"))
                .when(new WithdrawCalendarCorrectionCommand(COMPANY, SATURDAY, "?"))
                .expectException(violationOf(CalendarRule.NO_CORRECTION_TO_WITHDRAW))
                .expectNoEvents();
        fixture.given(
                        new CalendarDayCorrectedEvent(COMPANY, 1, TUESDAY, HOLIDAY, "年会"),
                        new CalendarCorrectionWithdrawnEvent(COMPANY, 2, TUESDAY, "年会取消"))
                .when(new WithdrawCalendarCorrectionCommand(COMPANY, TUESDAY, "again"))
                .expectException(violationOf(CalendarRule.NO_CORRECTION_TO_WITHDRAW))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnDayFollowsTheOfficialCalendarAgainSoItCanBeCorrectedAgain_W1() {
        fixture.given(
                        new CalendarDayCorrectedEvent(COMPANY, 1, TUESDAY, HOLIDAY, "年会"),
                        new CalendarCorrectionWithdrawnEvent(COMPANY, 2, TUESDAY, "年会取消"))
                .when(new CorrectCalendarDayCommand(COMPANY, TUESDAY, HOLIDAY, "年会恢复"))
                .expectEvents(new CalendarDayCorrectedEvent(COMPANY, 3, TUESDAY, HOLIDAY, "年会恢复"));
    }

    @Test
    void businessHoursAreSet_W2() {
        fixture.givenNoPriorActivity()
                .when(new SetBusinessHoursCommand(COMPANY, LocalTime.of(8, 0), LocalTime.of(22, 0), "电话值班"))
                .expectEvents(new BusinessHoursSetEvent(COMPANY, 1, LocalTime.of(8, 0), LocalTime.of(22, 0), "电话值班"));
    }

    @Test
    void theDefaultHoursAgainAfterOthersAreAChange_W2() {
        fixture.given(new BusinessHoursSetEvent(COMPANY, 1, LocalTime.of(8, 0), LocalTime.of(22, 0), "电话值班"))
                .when(new SetBusinessHoursCommand(COMPANY, NINE, SIX_PM, "恢复"))
                .expectEvents(new BusinessHoursSetEvent(COMPANY, 2, NINE, SIX_PM, "恢复"));
    }

    @Test
    void theHoursTheCalendarAlreadyHasAreRefused_W2() {
        fixture.givenNoPriorActivity()
                .when(new SetBusinessHoursCommand(COMPANY, NINE, SIX_PM, "默认"))
                .expectException(violationOf(CalendarRule.HOURS_UNCHANGED))
                .expectNoEvents();
        fixture.given(new BusinessHoursSetEvent(COMPANY, 1, LocalTime.of(8, 0), LocalTime.of(22, 0), "电话值班"))
                .when(new SetBusinessHoursCommand(COMPANY, LocalTime.of(8, 0), LocalTime.of(22, 0), "again"))
                .expectException(violationOf(CalendarRule.HOURS_UNCHANGED))
                .expectNoEvents();
    }

    @Test
    void hoursThatCloseBeforeOrWhenTheyOpenAreRefused_W2() {
        fixture.givenNoPriorActivity()
                .when(new SetBusinessHoursCommand(COMPANY, SIX_PM, NINE, "夜班"))
                .expectException(violationOf(CalendarRule.HOURS_OPEN_BEFORE_THEY_CLOSE))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetBusinessHoursCommand(COMPANY, NINE, NINE, "零"))
                .expectException(violationOf(CalendarRule.HOURS_OPEN_BEFORE_THEY_CLOSE))
                .expectNoEvents();
    }

    @Test
    void everyChangeNeedsAReason_W1_W2() {
        for (String reason : new String[] {null, "", "   "}) {
            fixture.givenNoPriorActivity()
                    .when(new CorrectCalendarDayCommand(COMPANY, TUESDAY, HOLIDAY, reason))
                    .expectException(violationOf(CalendarRule.CALENDAR_REASON_REQUIRED))
                    .expectNoEvents();
            fixture.given(new CalendarDayCorrectedEvent(COMPANY, 1, TUESDAY, HOLIDAY, "年会"))
                    .when(new WithdrawCalendarCorrectionCommand(COMPANY, TUESDAY, reason))
                    .expectException(violationOf(CalendarRule.CALENDAR_REASON_REQUIRED))
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new SetBusinessHoursCommand(COMPANY, LocalTime.of(8, 0), SIX_PM, reason))
                    .expectException(violationOf(CalendarRule.CALENDAR_REASON_REQUIRED))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------- every rule code proven

    record Scenario(List<Object> given, Object command) {}

    private static final Map<CalendarRule, Scenario> CATALOGUE = new EnumMap<>(Map.of(
            CalendarRule.CALENDAR_REASON_REQUIRED,
                    new Scenario(List.of(), new CorrectCalendarDayCommand(COMPANY, TUESDAY, HOLIDAY, " ")),
            CalendarRule.CORRECTION_CHANGES_NOTHING,
                    new Scenario(List.of(), new CorrectCalendarDayCommand(COMPANY, SATURDAY, HOLIDAY, "x")),
            CalendarRule.NO_CORRECTION_TO_WITHDRAW,
                    new Scenario(List.of(), new WithdrawCalendarCorrectionCommand(COMPANY, TUESDAY, "x")),
            CalendarRule.HOURS_OPEN_BEFORE_THEY_CLOSE,
                    new Scenario(List.of(), new SetBusinessHoursCommand(COMPANY, SIX_PM, NINE, "x")),
            CalendarRule.HOURS_UNCHANGED,
                    new Scenario(List.of(), new SetBusinessHoursCommand(COMPANY, NINE, SIX_PM, "x"))));

    @ParameterizedTest(name = "{0}")
    @EnumSource(CalendarRule.class)
    void everyCalendarRuleIsW1OrW2WithACodeOfItsOwn(CalendarRule rule) {
        assertThat(rule.ruleId()).isIn("W1", "W2");
        assertThat(rule.code()).isEqualTo(rule.name());
        assertThat(rule.ruleId()).isEqualTo(rule.name().startsWith("HOURS_") ? "W2" : "W1");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CalendarRule.class)
    void everyRuleCodeHasARefusalScenario(CalendarRule rule) {
        Scenario scenario = CATALOGUE.get(rule);
        assertThat(scenario).as("a refusal scenario for %s", rule).isNotNull();

        fixture.given(scenario.given())
                .when(scenario.command())
                .expectException(violationOf(rule))
                .expectNoEvents();
    }
}
