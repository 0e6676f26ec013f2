package com.aftersales.app.calendar;

import com.aftersales.api.calendar.AddWorkingDaysQuery;
import com.aftersales.api.calendar.CalendarDayView;
import com.aftersales.api.calendar.CalendarYearView;
import com.aftersales.api.calendar.DaySource;
import com.aftersales.api.calendar.FindCalendarYearQuery;
import com.aftersales.api.calendar.WorkingDaysView;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.calendar.OfficialDays.OfficialDay;
import com.aftersales.command.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * W1, W2: a calendar as the command side counts with it ({@link Calendars}, so a committed change
 * shows at once), answered to the controller through the query gateway.
 */
public class CalendarQueries {
    private final Calendars calendars;
    private final JdbcTemplate jdbc;

    public CalendarQueries(Calendars calendars, JdbcTemplate jdbc) {
        this.calendars = calendars;
        this.jdbc = jdbc;
    }

    /** Every non-ordinary day of the year: the official list, with each correction in its day's place. */
    @QueryHandler
    public CalendarYearView handle(FindCalendarYearQuery query) {
        WorkingCalendar calendar = calendars.current(query.calendarId());
        Map<LocalDate, CalendarDayView> days = new TreeMap<>();
        for (OfficialDay official : calendar.officialDays().listedIn(query.year())) {
            days.put(
                    official.day(),
                    new CalendarDayView(official.day(), official.kind(), DaySource.OFFICIAL, official.name()));
        }
        Map<LocalDate, String> reasons = reasons(query);
        calendar.corrections().forEach((day, kind) -> {
            if (day.getYear() == query.year()) {
                days.put(day, new CalendarDayView(day, kind, DaySource.CORRECTION, reasons.get(day)));
            }
        });
        return new CalendarYearView(
                query.calendarId().value(),
                query.year(),
                calendar.version(),
                calendar.officiallyCovers(query.year()),
                calendar.businessHours().opens(),
                calendar.businessHours().closes(),
                days.values().stream().toList());
    }

    @QueryHandler
    public WorkingDaysView handle(AddWorkingDaysQuery query) {
        WorkingCalendar calendar = calendars.current(query.calendarId());
        LocalDate due = calendar.addWorkingDays(query.from(), query.days());
        boolean covered =
                IntStream.rangeClosed(query.from().getYear(), due.getYear()).allMatch(calendar::officiallyCovers);
        return new WorkingDaysView(
                query.calendarId().value(), calendar.version(), query.from(), query.days(), due, covered);
    }

    private Map<LocalDate, String> reasons(FindCalendarYearQuery query) {
        Map<LocalDate, String> reasons = new HashMap<>();
        jdbc.query(
                "select day, reason from calendar_correction where calendar_id = ?" + " and day between ? and ?",
                row -> {
                    reasons.put(row.getObject("day", LocalDate.class), row.getString("reason"));
                },
                query.calendarId().value(),
                LocalDate.of(query.year(), 1, 1),
                LocalDate.of(query.year(), 12, 31));
        return reasons;
    }
}
