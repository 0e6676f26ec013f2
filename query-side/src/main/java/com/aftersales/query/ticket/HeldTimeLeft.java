package com.aftersales.query.ticket;

import com.aftersales.api.ticket.SlaClock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** T14: the time each held clock had left, as the board keeps it in a jsonb column ({"PLAN":"PT1H"}). */
final class HeldTimeLeft {
    private static final Pattern ENTRY = Pattern.compile("\"([A-Z_]+)\"\\s*:\\s*\"([^\"]+)\"");

    private HeldTimeLeft() {}

    static String toJson(Map<SlaClock, Duration> timeLeft) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        new EnumMap<>(timeLeft).forEach((clock, left) -> json.add("\"" + clock.name() + "\":\"" + left + "\""));
        return json.toString();
    }

    static Map<SlaClock, Duration> fromJson(String json) {
        Map<SlaClock, Duration> timeLeft = new EnumMap<>(SlaClock.class);
        if (json != null) {
            Matcher entry = ENTRY.matcher(json);
            while (entry.find()) {
                timeLeft.put(SlaClock.valueOf(entry.group(1)), Duration.parse(entry.group(2)));
            }
        }
        return timeLeft;
    }
}
