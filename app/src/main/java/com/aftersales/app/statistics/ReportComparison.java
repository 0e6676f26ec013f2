package com.aftersales.app.statistics;

import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.api.statistics.IssuedReportView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.api.statistics.ReportFigure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * M3: one issued version of a month's report beside the same figures reproduced from the stream
 * position it recorded and beside the figures now; every figure that changed since, with the late
 * events that changed it (which event, who, in which role, when).
 *
 * @param reproducedExactly the figures recomputed up to the recorded position equal the recorded
 *     ones, figure by figure
 */
public record ReportComparison(
        IssuedReportView issued,
        MonthlyFiguresView reproduced,
        boolean reproducedExactly,
        MonthlyFiguresView now,
        List<FigureDifference> differences,
        List<LateEvent> lateEvents) {

    /**
     * One figure as issued and now; a null side means the figure had no value (a rate of nothing).
     * {@code causedBy} are the ids of the late events behind the change, in stream order.
     */
    public record FigureDifference(
            String key, BigDecimal issued, BigDecimal now, BigDecimal change, List<String> causedBy) {}

    /** An event recorded after the report's position that counts in the month, with what it added to which figure. */
    public record LateEvent(
            String eventId,
            long globalIndex,
            String eventType,
            String aggregateId,
            String actor,
            String role,
            Instant recordedAt,
            List<FigureFactView> contributions) {}

    /** Builds the comparison; {@code lateFactsOf} answers the late facts behind one figure (for a rate: its parts). */
    static ReportComparison of(
            IssuedReportView issued,
            MonthlyFiguresView reproduced,
            MonthlyFiguresView now,
            List<FigureFactView> lateFacts,
            java.util.function.Function<String, List<FigureFactView>> lateFactsOf) {
        Map<String, BigDecimal> recorded = values(issued.figures());
        Map<String, BigDecimal> recomputed = values(reproduced.figures());
        Map<String, BigDecimal> current = values(now.figures());
        Set<String> keys = new LinkedHashSet<>(recorded.keySet());
        keys.addAll(current.keySet());
        List<FigureDifference> differences = new ArrayList<>();
        for (String key : keys) {
            BigDecimal before = recorded.get(key);
            BigDecimal after = current.get(key);
            if (!same(before, after)) {
                List<String> causes = lateFactsOf.apply(key).stream()
                        .map(FigureFactView::eventId)
                        .distinct()
                        .toList();
                differences.add(new FigureDifference(key, before, after, change(before, after), causes));
            }
        }
        return new ReportComparison(
                issued, reproduced, equal(recorded, recomputed), now, differences, byEvent(lateFacts));
    }

    private static List<LateEvent> byEvent(List<FigureFactView> facts) {
        Map<String, List<FigureFactView>> grouped = new LinkedHashMap<>();
        for (FigureFactView fact : facts) {
            grouped.computeIfAbsent(fact.eventId(), id -> new ArrayList<>()).add(fact);
        }
        return grouped.values().stream()
                .map(contributions -> {
                    FigureFactView first = contributions.get(0);
                    return new LateEvent(
                            first.eventId(),
                            first.globalIndex(),
                            first.eventType(),
                            first.aggregateId(),
                            first.actor(),
                            first.role(),
                            first.recordedAt(),
                            List.copyOf(contributions));
                })
                .toList();
    }

    private static Map<String, BigDecimal> values(List<ReportFigure> figures) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        figures.forEach(figure -> values.put(figure.key(), figure.value()));
        return values;
    }

    private static boolean equal(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(entry -> same(entry.getValue(), b.get(entry.getKey())));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return a.compareTo(b) == 0;
    }

    private static BigDecimal change(BigDecimal before, BigDecimal after) {
        if (before == null || after == null) {
            return null;
        }
        return after.subtract(before);
    }
}
