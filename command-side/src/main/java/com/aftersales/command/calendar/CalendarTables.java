package com.aftersales.command.calendar;

import com.aftersales.api.calendar.BusinessHoursSetEvent;
import com.aftersales.api.calendar.CalendarCorrectionWithdrawnEvent;
import com.aftersales.api.calendar.CalendarDayCorrectedEvent;
import java.sql.Time;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the command-side lookup tables {@code calendar_correction} and {@code calendar_version}
 * that {@link JdbcCalendars} reads. Its processing group runs subscribing, in the transaction that
 * appends the calendar's events, so a change and its rows commit or roll back together, and a
 * failed write fails the command (the app propagates this group's errors).
 */
@ProcessingGroup(CalendarTables.PROCESSING_GROUP)
public class CalendarTables {
    public static final String PROCESSING_GROUP = "working-calendar";

    private static final String VERSION_UPSERT = "insert into calendar_version(calendar_id, version) values (?, ?)"
            + " on conflict (calendar_id) do update set version = excluded.version";

    private final JdbcTemplate jdbc;

    public CalendarTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CalendarDayCorrectedEvent event) {
        jdbc.update(
                "insert into calendar_correction(calendar_id, day, kind, reason) values (?, ?, ?, ?)"
                        + " on conflict (calendar_id, day) do update set kind = excluded.kind, reason = excluded.reason",
                event.calendarId().value(),
                event.day(),
                event.kind().name(),
                event.reason());
        jdbc.update(VERSION_UPSERT, event.calendarId().value(), event.version());
    }

    @EventHandler
    void on(CalendarCorrectionWithdrawnEvent event) {
        jdbc.update(
                "delete from calendar_correction where calendar_id = ? and day = ?",
                event.calendarId().value(),
                event.day());
        jdbc.update(VERSION_UPSERT, event.calendarId().value(), event.version());
    }

    @EventHandler
    void on(BusinessHoursSetEvent event) {
        jdbc.update(
                "insert into calendar_version(calendar_id, version, opens, closes) values (?, ?, ?, ?)"
                        + " on conflict (calendar_id) do update set version = excluded.version,"
                        + " opens = excluded.opens, closes = excluded.closes",
                event.calendarId().value(),
                event.version(),
                Time.valueOf(event.opens()),
                Time.valueOf(event.closes()));
    }
}
