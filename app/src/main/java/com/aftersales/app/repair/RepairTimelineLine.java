package com.aftersales.app.repair;

import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.app.contract.HistoryLines.HistoryLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of the order's timeline (S3): the event, when, who by name and id, in which role, and
 * what the person wrote with it — a reason, a finding, the work done or checked, a station's report.
 */
public record RepairTimelineLine(
        String eventType, Instant recordedAt, String actorUserId, String actorName, String actorRole, String note) {

    /** What a repair event's person wrote, in the order looked for. */
    private static final List<String> WRITTEN = List.of(
            "reason", "findings", "finding", "workDone", "checks", "stationReport", "description", "plan", "note");

    /** {@code lines} are {@link com.aftersales.app.contract.HistoryLines}'s of {@code history}, in its order. */
    static List<RepairTimelineLine> of(List<HistoryLine> lines, List<HistoryEntryView> history, ObjectMapper json) {
        List<RepairTimelineLine> timeline = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            HistoryLine line = lines.get(i);
            String note =
                    line.note() != null ? line.note() : written(history.get(i).payloadJson(), json);
            timeline.add(new RepairTimelineLine(
                    line.eventType(), line.recordedAt(), line.actorUserId(), line.actorName(), line.actorRole(), note));
        }
        return timeline;
    }

    private static String written(String payloadJson, ObjectMapper json) {
        if (payloadJson == null) {
            return null;
        }
        try {
            JsonNode payload = json.readTree(payloadJson);
            for (String field : WRITTEN) {
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
