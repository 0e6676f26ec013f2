package com.aftersales.api.calendar;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity of one working-day calendar (W1). The company has {@link #COMPANY}; another calendar,
 * such as the engineers' phone duty, has an id of its own: {@link #value()}, letters, digits and
 * dashes, 1..64. Its event stream is named {@code calendar:<value>} ({@link #toString()}, which Axon
 * takes as the aggregate identifier), so no calendar id, whatever an administrator types, can name
 * the stream of a ticket or of the organisation chart.
 */
public record CalendarId(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /** The company's calendar, the one every rule counts in unless it names another. */
    public static final CalendarId COMPANY = new CalendarId("company");

    public CalendarId {
        Objects.requireNonNull(value, "calendar id");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("calendar id must be 1..64 letters, digits or dashes");
        }
    }

    /** The aggregate identifier of the calendar's event stream: {@code calendar:<value>}. */
    @Override
    public String toString() {
        return "calendar:" + value;
    }
}
