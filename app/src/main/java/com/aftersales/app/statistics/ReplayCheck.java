package com.aftersales.app.statistics;

import com.aftersales.api.statistics.IssuedReportView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.api.statistics.ReportFigure;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * M3: an issued version's recorded figures against the same month recomputed from the event store
 * up to its position. {@code mismatches} names every figure that differs (none when reproduced).
 */
public record ReplayCheck(
        String month,
        int version,
        long streamPosition,
        boolean reproduced,
        List<String> mismatches,
        List<ReportFigure> replayed) {

    static ReplayCheck of(IssuedReportView issued, MonthlyFiguresView replayed) {
        Map<String, BigDecimal> recorded = new LinkedHashMap<>();
        issued.figures().forEach(figure -> recorded.put(figure.key(), figure.value()));
        Map<String, BigDecimal> recomputed = new LinkedHashMap<>();
        replayed.figures().forEach(figure -> recomputed.put(figure.key(), figure.value()));
        Set<String> keys = new LinkedHashSet<>(recorded.keySet());
        keys.addAll(recomputed.keySet());
        List<String> mismatches = keys.stream()
                .filter(key -> {
                    BigDecimal a = recorded.get(key);
                    BigDecimal b = recomputed.get(key);
                    return a == null || b == null ? a != b : a.compareTo(b) != 0;
                })
                .toList();
        return new ReplayCheck(
                issued.month().toString(),
                issued.version(),
                issued.streamPosition(),
                mismatches.isEmpty(),
                mismatches,
                replayed.figures());
    }
}
