package com.aftersales.app.ui;

import com.aftersales.app.LedgerProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as people read them: in the company's zone (not the server's, not UTC), in the page's
 * language ({@code 2026年12月1日 09:30} / {@code Dec 1, 2026, 09:30}). Templates call it as
 * {@code @uiTime}.
 */
@Component("uiTime")
public class UiTime {
    private final ZoneId zone;
    private final Clock clock;
    private final MessageSource messages;

    UiTime(LedgerProperties properties, Clock clock, MessageSource messages) {
        this.zone = properties.companyZone();
        this.clock = clock;
        this.messages = messages;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(instant.atZone(zone))
                + " "
                + DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }

    /** For {@code <input type="datetime-local">}: the company's wall-clock time, to the minute. */
    public String inputValue(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(zone));
    }

    public String nowInputValue() {
        return inputValue(clock.instant());
    }

    public String today() {
        return LocalDate.now(clock.withZone(zone)).toString();
    }

    /** A span as {@code 2小时15分} / {@code 2 h 15 min}; days beyond 48 hours. */
    public String duration(Duration span) {
        if (span == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        long minutes = Math.abs(span.toMinutes());
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long rest = minutes % 60;
        if (minutes >= 48 * 60) {
            return messages.getMessage("time.daysHours", new Object[] {days, hours}, locale);
        }
        if (minutes >= 60) {
            return messages.getMessage("time.hoursMinutes", new Object[] {minutes / 60, rest}, locale);
        }
        return messages.getMessage("time.minutes", new Object[] {rest}, locale);
    }

    /** Time left until {@code due}, or how long it is overdue. */
    public String left(Instant due) {
        if (due == null) {
            return "";
        }
        Duration span = Duration.between(clock.instant(), due);
        String amount = duration(span);
        return messages.getMessage(
                span.isNegative() ? "time.overdue" : "time.left",
                new Object[] {amount},
                LocaleContextHolder.getLocale());
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }
}
