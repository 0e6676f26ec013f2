package com.aftersales.command.calendar;

import com.aftersales.api.calendar.DayKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * W1, the base layer: the official working-day calendar of mainland China, the public holidays and
 * adjusted working days (调休) of each covered year as the State Council published them. It ships
 * with the application (resource {@code calendar/cn-official-days.txt}) and is never fetched at run
 * time. A day it does not list follows the weekend rule: Monday to Friday working, Saturday and
 * Sunday not; the same holds for every day of a year it does not cover.
 */
public final class OfficialDays {
    /** The resource the application's official days are read from. */
    public static final String RESOURCE = "calendar/cn-official-days.txt";

    private static final OfficialDays CHINA_MAINLAND = load(RESOURCE);

    /** One listed day: a public holiday or an adjusted working day, with the holiday's name. */
    public record OfficialDay(LocalDate day, DayKind kind, String name) {}

    private final Map<LocalDate, OfficialDay> days;
    private final Set<Integer> years;

    private OfficialDays(Map<LocalDate, OfficialDay> days) {
        this.days = Map.copyOf(days);
        this.years = days.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    /** The official calendar of mainland China that ships with the application. */
    public static OfficialDays chinaMainland() {
        return CHINA_MAINLAND;
    }

    /** No official data at all: every year follows the weekend rule. */
    public static OfficialDays none() {
        return new OfficialDays(Map.of());
    }

    static OfficialDays load(String resource) {
        try (InputStream in = OfficialDays.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("official calendar resource missing: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads lines {@code <day> <KIND> <name>} or {@code <first>..<last> <KIND> <name>} (both days
     * included); blank lines and lines starting with {@code #} are skipped. A year is covered when
     * at least one of its days is listed.
     */
    public static OfficialDays parse(List<String> lines) {
        Map<LocalDate, OfficialDay> days = new TreeMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException("official day needs a day, a kind and a name: " + line);
            }
            String[] range = parts[0].split("\\.\\.", 2);
            LocalDate first = LocalDate.parse(range[0]);
            LocalDate last = LocalDate.parse(range[range.length - 1]);
            DayKind kind = DayKind.valueOf(parts[1]);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.put(day, new OfficialDay(day, kind, parts[2]));
            }
        }
        return new OfficialDays(days);
    }

    /** Whether the official calendar of {@code year} is known; if not, only the weekend rule holds. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The day as the official calendar lists it, if it does. */
    public Optional<OfficialDay> listed(LocalDate day) {
        return Optional.ofNullable(days.get(Objects.requireNonNull(day, "day")));
    }

    /** The listed kind of {@code day}, or else the weekend rule's. */
    public DayKind kindOf(LocalDate day) {
        return listed(day).map(OfficialDay::kind).orElseGet(() -> weekendRule(day));
    }

    /** Every listed day of {@code year}, by date. */
    public List<OfficialDay> listedIn(int year) {
        return days.values().stream()
                .filter(listed -> listed.day().getYear() == year)
                .sorted(Comparator.comparing(OfficialDay::day))
                .toList();
    }

    /** Saturday and Sunday are not working days, every other day is. */
    static DayKind weekendRule(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? DayKind.HOLIDAY : DayKind.WORKING_DAY;
    }
}
