package com.aftersales.app.contract;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.WebDataBinder;

/**
 * How the contract forms read what people type into the API's request records: clocks in hours
 * ({@code 0.5}, {@code 2}; an ISO-8601 duration such as {@code PT30M} is read too, which is also
 * how a refused form shows them back), serial numbers one per line (or separated by commas). A
 * value that cannot be read is a field error next to its input, as the API's 400 is. Dates are
 * ISO for every form ({@code spring.mvc.format.date}).
 */
final class FormValues {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private FormValues() {}

    /** For the contract forms: hours and serial numbers. */
    static void contractFields(WebDataBinder binder) {
        binder.registerCustomEditor(Duration.class, new Hours());
        binder.registerCustomEditor(Set.class, new SerialNumbers());
    }

    /** A clock in hours, as the forms show it: {@code 0.5}, {@code 2}; to the second otherwise. */
    static String hours(Duration clock) {
        if (clock == null) {
            return "";
        }
        BigDecimal seconds = BigDecimal.valueOf(clock.getSeconds());
        BigDecimal hours = seconds.divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
        if (hours.multiply(SECONDS_PER_HOUR).compareTo(seconds) != 0 || clock.getNano() != 0) {
            return clock.toString();
        }
        return hours.stripTrailingZeros().toPlainString();
    }

    /** A clock in hours for reading, rounded to two decimals: {@code 0.33} for twenty minutes. */
    static String roundedHours(Duration clock) {
        if (clock == null) {
            return "";
        }
        return BigDecimal.valueOf(clock.toSeconds())
                .divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static Duration parseHours(String text) {
        String value = text.trim();
        if (Character.toUpperCase(value.charAt(0)) == 'P') {
            try {
                return Duration.parse(value.toUpperCase());
            } catch (DateTimeParseException notIso) {
                throw new IllegalArgumentException("not a duration: " + text, notIso);
            }
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a number of hours: " + text, notANumber);
        }
        return Duration.ofSeconds(hours.multiply(SECONDS_PER_HOUR)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    private static final class Hours extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : parseHours(text));
        }

        @Override
        public String getAsText() {
            return hours((Duration) getValue());
        }
    }

    /** Blank lines are left out: a trailing newline is no unit. */
    private static final class SerialNumbers extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(
                    text == null
                            ? Set.of()
                            : Arrays.stream(text.split("[\\r\\n,]+"))
                                    .map(String::trim)
                                    .filter(serial -> !serial.isEmpty())
                                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            if (!(value instanceof Set<?> serials)) {
                return "";
            }
            return serials.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        }
    }
}
