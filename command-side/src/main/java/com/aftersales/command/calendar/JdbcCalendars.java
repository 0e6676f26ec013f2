package com.aftersales.command.calendar;

import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.DayKind;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link Calendars} from the command-side lookup tables {@code calendar_version} and
 * {@code calendar_correction}, written in the transaction of each calendar change, so the next
 * command sees every committed change and none that rolled back. Read afresh on each call (two
 * small indexed queries); nothing is cached, so no cache can go stale.
 */
public class JdbcCalendars implements Calendars {
    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final OfficialDays officialDays;

    public JdbcCalendars(JdbcTemplate jdbc, ZoneId zone) {
        this(jdbc, zone, OfficialDays.chinaMainland());
    }

    public JdbcCalendars(JdbcTemplate jdbc, ZoneId zone, OfficialDays officialDays) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.officialDays = officialDays;
    }

    /** One statement, so the version, the hours and the corrections come from one snapshot. */
    @Override
    public WorkingCalendar current(CalendarId id) {
        int[] version = {0};
        BusinessHours[] hours = {BusinessHours.DEFAULT};
        Map<LocalDate, DayKind> corrections = new HashMap<>();
        jdbc.query(
                "select v.version, v.opens, v.closes, c.day, c.kind"
                        + " from (select cast(? as varchar) as calendar_id) k"
                        + " left join calendar_version v on v.calendar_id = k.calendar_id"
                        + " left join calendar_correction c on c.calendar_id = k.calendar_id",
                (ResultSet row) -> {
                    version[0] = row.getInt("version");
                    LocalTime opens = row.getObject("opens", LocalTime.class);
                    if (opens != null) {
                        hours[0] = new BusinessHours(opens, row.getObject("closes", LocalTime.class));
                    }
                    LocalDate day = row.getObject("day", LocalDate.class);
                    if (day != null) {
                        corrections.put(day, DayKind.valueOf(row.getString("kind")));
                    }
                },
                id.value());
        return new WorkingCalendar(id.value(), version[0], zone, officialDays, corrections, hours[0]);
    }
}
