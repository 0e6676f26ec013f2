package com.aftersales.command.calendar;

import com.aftersales.api.calendar.DayKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * One working-day calendar as it stands at a version (W1 working days, W2 business hours): the
 * official days, the administrator's corrections and the business hours, with the arithmetic
 * every working-day and business-hour rule counts with. Immutable and pure: nothing here reads a
 * clock or a database.
 *
 * <p>Which kind a day is: a correction wins over the official calendar, which wins over the
 * weekend rule (Saturday and Sunday off). For a year the official calendar does not cover, only
 * corrections and the weekend rule count; {@link #officiallyCovers(int)} tells which years those
 * are, so that a screen or a document can warn.
 *
 * <p>Instants are placed on days and hours in {@link #zone()}.
 */
public final class WorkingCalendar {
    private final String calendarId;
    private final int version;
    private final ZoneId zone;
    private final OfficialDays officialDays;
    private final Map<LocalDate, DayKind> corrections;
    private final BusinessHours businessHours;

    /**
     * @param version the number of changes the calendar has had, 0 while never changed
     * @param corrections the administrator's corrections by day, copied
     */
    public WorkingCalendar(
            String calendarId,
            int version,
            ZoneId zone,
            OfficialDays officialDays,
            Map<LocalDate, DayKind> corrections,
            BusinessHours businessHours) {
        this.calendarId = Objects.requireNonNull(calendarId, "calendarId");
        if (version < 0) {
            throw new IllegalArgumentException("a calendar's version is never negative: " + version);
        }
        this.version = version;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.officialDays = Objects.requireNonNull(officialDays, "officialDays");
        this.corrections = Map.copyOf(corrections);
        this.businessHours = Objects.requireNonNull(businessHours, "businessHours");
    }

    /** A calendar never changed: the official calendar of mainland China at version 0, default hours. */
    public static WorkingCalendar official(String calendarId, ZoneId zone) {
        return new WorkingCalendar(calendarId, 0, zone, OfficialDays.chinaMainland(), Map.of(), BusinessHours.DEFAULT);
    }

    public String calendarId() {
        return calendarId;
    }

    public int version() {
        return version;
    }

    public ZoneId zone() {
        return zone;
    }

    public OfficialDays officialDays() {
        return officialDays;
    }

    /** The administrator's corrections by day (unmodifiable). */
    public Map<LocalDate, DayKind> corrections() {
        return corrections;
    }

    public BusinessHours businessHours() {
        return businessHours;
    }

    /** Whether the official calendar of {@code year} is known; if not, only weekends and corrections count. */
    public boolean officiallyCovers(int year) {
        return officialDays.covers(year);
    }

    /** The kind of {@code day}: its correction if it has one, else the official calendar's, else the weekend rule's. */
    public DayKind kindOf(LocalDate day) {
        DayKind corrected = corrections.get(Objects.requireNonNull(day, "day"));
        return corrected != null ? corrected : officialDays.kindOf(day);
    }

    /** Whether {@code day} is a working day (see {@link #kindOf(LocalDate)}). */
    public boolean isWorkingDay(LocalDate day) {
        return kindOf(day) == DayKind.WORKING_DAY;
    }

    /**
     * The date that is {@code days} working days after {@code start}: {@code start} itself is not
     * counted, whatever its kind, and 0 returns {@code start}. The result is always a working day
     * when {@code days} is positive. Negative {@code days} are refused.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days, "days");
        LocalDate day = start;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; 0 when {@code to}
     * is not after {@code from}. So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code start}: only time
     * inside the business hours of working days counts ([opens, closes) in {@link #zone()}). A start
     * outside business hours begins counting at the next opening. The answer is the earliest such
     * instant, so an amount that ends exactly at closing time answers that closing time, not the
     * next opening; a zero amount answers {@code start} itself. Negative amounts are refused.
     */
    public Instant addBusinessHours(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Instant at = start;
        Duration left = amount;
        for (LocalDate day = start.atZone(zone).toLocalDate(); ; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant opens = opening(day);
                Instant closes = closing(day);
                if (at.isBefore(opens)) {
                    at = opens;
                }
                if (at.isBefore(closes)) {
                    Duration open = Duration.between(at, closes);
                    if (left.compareTo(open) <= 0) {
                        return at.plus(left);
                    }
                    left = left.minus(open);
                }
            }
        }
    }

    /**
     * The business time inside [{@code from}, {@code to}): the parts of it that lie in the business
     * hours of working days, in {@link #zone()}. Zero when {@code to} is not after {@code from}. The
     * inverse of {@link #addBusinessHours}: {@code businessTimeBetween(s, addBusinessHours(s, d)) == d},
     * which keeps an SLA's time left across a pause.
     */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant start = latest(from, opening(day));
                Instant end = earliest(to, closing(day));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, businessHours.opens(), zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return ZonedDateTime.of(day, businessHours.closes(), zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static void requireNotNegative(int amount, String name) {
        if (amount < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + amount);
        }
    }
}
