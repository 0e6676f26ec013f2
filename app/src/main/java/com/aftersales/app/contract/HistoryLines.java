package com.aftersales.app.contract;

import com.aftersales.api.history.HistoryEntryView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An aggregate's history as a page's timeline (S3, S4): each event with when, who (by name, with
 * the user id the event recorded) and in which role, and the reason or summary the person gave.
 * The names come in one query for the whole history.
 */
@Component
public class HistoryLines {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcTemplate jdbc;

    HistoryLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the timeline; {@code actorName} is the user id when no such user exists (system). */
    public record HistoryLine(
            String eventType,
            Instant recordedAt,
            String actorUserId,
            String actorName,
            String actorRole,
            String note) {}

    public List<HistoryLine> of(List<HistoryEntryView> history) {
        Map<String, String> names = names(history);
        return history.stream()
                .map(entry -> new HistoryLine(
                        entry.eventType(),
                        entry.recordedAt(),
                        entry.actorUserId(),
                        names.getOrDefault(entry.actorUserId(), entry.actorUserId()),
                        entry.actorRole(),
                        note(entry.payloadJson())))
                .toList();
    }

    private Map<String, String> names(List<HistoryEntryView> history) {
        Map<String, String> names = new HashMap<>();
        String[] ids = history.stream()
                .map(HistoryEntryView::actorUserId)
                .filter(id -> id != null)
                .distinct()
                .toArray(String[]::new);
        if (ids.length > 0) {
            jdbc.query(
                    "select user_id, display_name from app_user where user_id = any(?)",
                    rs -> {
                        names.put(rs.getString("user_id"), rs.getString("display_name"));
                    },
                    (Object) ids);
        }
        return names;
    }

    /** What the person wrote: a change's reason, a visit's summary. */
    private static String note(String payloadJson) {
        if (payloadJson == null) {
            return null;
        }
        try {
            JsonNode payload = JSON.readTree(payloadJson);
            for (String field : List.of("reason", "summary")) {
                JsonNode text = payload.get(field);
                if (text != null && text.isTextual() && !text.asText().isBlank()) {
                    return text.asText();
                }
            }
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }
}
