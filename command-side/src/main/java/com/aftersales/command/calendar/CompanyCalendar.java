package com.aftersales.command.calendar;

import static com.aftersales.command.calendar.CalendarRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.calendar.BusinessHoursSetEvent;
import com.aftersales.api.calendar.CalendarCorrectionWithdrawnEvent;
import com.aftersales.api.calendar.CalendarDayCorrectedEvent;
import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.CorrectCalendarDayCommand;
import com.aftersales.api.calendar.DayKind;
import com.aftersales.api.calendar.SetBusinessHoursCommand;
import com.aftersales.api.calendar.WithdrawCalendarCorrectionCommand;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One working-day calendar's changes (W1, W2): the administrator's corrections of days over the
 * official calendar, and its business hours. Created by its first change; each change raises the
 * calendar's version by one, starting at 1, so a deadline can name the version it was counted in.
 * Who changed it and when are the events' metadata and timestamp (S3).
 */
@Aggregate
public class CompanyCalendar {

    @AggregateIdentifier
    private CalendarId calendarId;

    private int version;
    private final Map<LocalDate, DayKind> corrections = new HashMap<>();
    private BusinessHours hours = BusinessHours.DEFAULT;

    protected CompanyCalendar() {
        // for event sourcing, and for the first change of a calendar
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CorrectCalendarDayCommand command) {
        requireReason(command.reason());
        DayKind now = corrections.getOrDefault(
                command.day(), OfficialDays.chinaMainland().kindOf(command.day()));
        require(
                now != command.kind(),
                CalendarRule.CORRECTION_CHANGES_NOTHING,
                command.day() + " already is a " + command.kind());
        apply(new CalendarDayCorrectedEvent(
                command.calendarId(), version + 1, command.day(), command.kind(), command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WithdrawCalendarCorrectionCommand command) {
        requireReason(command.reason());
        require(
                corrections.containsKey(command.day()),
                CalendarRule.NO_CORRECTION_TO_WITHDRAW,
                command.day() + " has no correction to withdraw");
        apply(new CalendarCorrectionWithdrawnEvent(command.calendarId(), version + 1, command.day(), command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetBusinessHoursCommand command) {
        requireReason(command.reason());
        require(
                command.opens().isBefore(command.closes()),
                CalendarRule.HOURS_OPEN_BEFORE_THEY_CLOSE,
                "business hours must open before they close: " + command.opens() + "–" + command.closes());
        BusinessHours asked = new BusinessHours(command.opens(), command.closes());
        require(!asked.equals(hours), CalendarRule.HOURS_UNCHANGED, "the business hours already are " + asked);
        apply(new BusinessHoursSetEvent(
                command.calendarId(), version + 1, command.opens(), command.closes(), command.reason()));
    }

    private static void requireReason(String reason) {
        require(
                reason != null && !reason.isBlank(),
                CalendarRule.CALENDAR_REASON_REQUIRED,
                "a change of the calendar needs a reason");
    }

    @EventSourcingHandler
    void on(CalendarDayCorrectedEvent event) {
        calendarId = event.calendarId();
        version = event.version();
        corrections.put(event.day(), event.kind());
    }

    @EventSourcingHandler
    void on(CalendarCorrectionWithdrawnEvent event) {
        calendarId = event.calendarId();
        version = event.version();
        corrections.remove(event.day());
    }

    @EventSourcingHandler
    void on(BusinessHoursSetEvent event) {
        calendarId = event.calendarId();
        version = event.version();
        hours = new BusinessHours(event.opens(), event.closes());
    }
}
