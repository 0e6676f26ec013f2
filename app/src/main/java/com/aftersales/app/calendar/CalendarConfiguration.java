package com.aftersales.app.calendar;

import com.aftersales.command.calendar.CalendarTables;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.calendar.JdbcCalendars;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The working-day calendar's beans (W1, W2): its lookup tables, their reader and its queries. */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    /** Every calendar as it stands now, in the company's zone; what rules count working days in. */
    @Bean
    Calendars calendars(JdbcTemplate jdbc, ZoneId companyZone) {
        return new JdbcCalendars(jdbc, companyZone);
    }

    /** Subscribing (application.yml): the lookup tables commit with the calendar's events. */
    @Bean
    CalendarTables calendarTables(JdbcTemplate jdbc) {
        return new CalendarTables(jdbc);
    }

    @Bean
    CalendarQueries calendarQueries(Calendars calendars, JdbcTemplate jdbc) {
        return new CalendarQueries(calendars, jdbc);
    }
}
