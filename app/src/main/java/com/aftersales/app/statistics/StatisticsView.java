package com.aftersales.app.statistics;

import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.api.statistics.ReportFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the statistics pages show, in the page's language: the figures grouped as the report is
 * read (M1, then each family of M2), the tables the charts draw, the events behind a figure, and an
 * issued version beside now. The tables are the record; the charts draw what they say.
 */
@Component
class StatisticsView {
    /** The cost categories of M1, in the order of the report and the stacked chart. */
    static final List<String> COST_FIGURES =
            List.of("m1.installation.cost", "m1.dispatch.cost", "m1.material.cost", "m1.transport.cost");

    static final String TOTAL_COST = "m1.total.cost";
    static final String SLA_PREFIX = "m2.sla.";
    static final String COMPLIANCE_SUFFIX = ".compliance";
    static final String REPEAT_RATE_BY_MODEL = "m2.repairs.repeatRate.model.";

    private final FigureNames figureNames;
    private final MessageSource messages;

    StatisticsView(FigureNames figureNames, MessageSource messages) {
        this.figureNames = figureNames;
        this.messages = messages;
    }

    record FigureRow(String key, String name, BigDecimal value) {}

    record FigureGroup(String id, String title, List<FigureRow> rows) {}

    record ChartRow(String label, List<BigDecimal> values) {}

    record ChartTable(List<String> series, List<ChartRow> rows) {
        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    record FactRow(FigureFactView fact, String eventName, String figureName) {}

    record ComparisonRow(
            String key,
            String name,
            BigDecimal issued,
            BigDecimal reproduced,
            BigDecimal now,
            BigDecimal change,
            boolean changed) {}

    record Contribution(String figureName, BigDecimal amount) {}

    record LateEventRow(ReportComparison.LateEvent event, String eventName, List<Contribution> contributions) {}

    String name(String key, Locale locale) {
        return figureNames.name(key, locale);
    }

    List<String> names(List<String> keys, Locale locale) {
        return keys.stream().map(key -> figureNames.name(key, locale)).toList();
    }

    /** M1 first, then M2 family by family ({@code m2.<family>.…}), each in the read model's order. */
    List<FigureGroup> groups(List<ReportFigure> figures, Locale locale) {
        Map<String, List<FigureRow>> grouped = new LinkedHashMap<>();
        for (ReportFigure figure : figures) {
            grouped.computeIfAbsent(group(figure.key()), id -> new ArrayList<>())
                    .add(new FigureRow(figure.key(), figureNames.name(figure.key(), locale), figure.value()));
        }
        List<FigureGroup> groups = new ArrayList<>();
        grouped.forEach((id, rows) ->
                groups.add(new FigureGroup(id.replace('.', '-'), text("statistics.group." + id, id, locale), rows)));
        return groups;
    }

    /** Cost by category, month by month (the stacked bars), with the total. */
    ChartTable costTrend(List<MonthlyFiguresView> months, Locale locale) {
        List<String> series =
                COST_FIGURES.stream().map(key -> figureNames.name(key, locale)).toList();
        List<ChartRow> rows = months.stream()
                .map(month -> new ChartRow(
                        month.month().toString(),
                        COST_FIGURES.stream()
                                .map(key -> month.value(key).orElse(BigDecimal.ZERO))
                                .toList()))
                .toList();
        return new ChartTable(series, rows);
    }

    /** The SLA compliance of each clock, month by month (the lines); a month without clocks is blank. */
    ChartTable slaTrend(List<MonthlyFiguresView> months, Locale locale) {
        List<String> keys = months.stream()
                .flatMap(month -> month.figures().stream())
                .map(ReportFigure::key)
                .filter(key -> key.startsWith(SLA_PREFIX) && key.endsWith(COMPLIANCE_SUFFIX))
                .distinct()
                .sorted()
                .toList();
        List<String> series =
                keys.stream().map(key -> figureNames.name(key, locale)).toList();
        List<ChartRow> rows = months.stream()
                .map(month -> new ChartRow(
                        month.month().toString(),
                        keys.stream().map(key -> month.value(key).orElse(null)).toList()))
                .toList();
        return new ChartTable(series, rows);
    }

    /** The repeat-repair rate of each product model in the month (the bars). */
    ChartTable repeatRateByModel(List<ReportFigure> figures) {
        List<ChartRow> rows = figures.stream()
                .filter(figure -> figure.key().startsWith(REPEAT_RATE_BY_MODEL))
                .map(figure ->
                        new ChartRow(figure.key().substring(REPEAT_RATE_BY_MODEL.length()), List.of(figure.value())))
                .toList();
        return new ChartTable(List.of("%"), rows);
    }

    List<FactRow> facts(List<FigureFactView> facts, Locale locale) {
        return facts.stream()
                .map(fact ->
                        new FactRow(fact, eventName(fact.eventType(), locale), figureNames.name(fact.figure(), locale)))
                .toList();
    }

    /** Every figure of the issued version or of now, with the reproduced value beside the recorded one. */
    List<ComparisonRow> comparisonRows(ReportComparison comparison, Locale locale) {
        Map<String, BigDecimal> issued = values(comparison.issued().figures());
        Map<String, BigDecimal> reproduced = values(comparison.reproduced().figures());
        Map<String, BigDecimal> now = values(comparison.now().figures());
        Map<String, ReportComparison.FigureDifference> changed = new LinkedHashMap<>();
        comparison.differences().forEach(difference -> changed.put(difference.key(), difference));
        List<String> keys = new ArrayList<>(issued.keySet());
        now.keySet().stream().filter(key -> !issued.containsKey(key)).forEach(keys::add);
        return keys.stream()
                .map(key -> new ComparisonRow(
                        key,
                        figureNames.name(key, locale),
                        issued.get(key),
                        reproduced.get(key),
                        now.get(key),
                        changed.containsKey(key) ? changed.get(key).change() : null,
                        changed.containsKey(key)))
                .toList();
    }

    List<LateEventRow> lateEvents(ReportComparison comparison, Locale locale) {
        return comparison.lateEvents().stream()
                .map(event -> new LateEventRow(
                        event,
                        eventName(event.eventType(), locale),
                        event.contributions().stream()
                                .map(fact -> new Contribution(figureNames.name(fact.figure(), locale), fact.amount()))
                                .toList()))
                .toList();
    }

    /** M1's costs as issued and now, side by side (the grouped bars). */
    ChartTable issuedVersusNow(ReportComparison comparison, Locale locale) {
        Map<String, BigDecimal> issued = values(comparison.issued().figures());
        Map<String, BigDecimal> now = values(comparison.now().figures());
        List<String> keys = new ArrayList<>(COST_FIGURES);
        keys.add(TOTAL_COST);
        List<ChartRow> rows = keys.stream()
                .map(key -> new ChartRow(
                        figureNames.name(key, locale),
                        List.of(issued.getOrDefault(key, BigDecimal.ZERO), now.getOrDefault(key, BigDecimal.ZERO))))
                .toList();
        return new ChartTable(
                List.of(
                        text("statistics.report.asIssued", "As issued", locale),
                        text("statistics.report.now", "Now", locale)),
                rows);
    }

    /** {@code m1} or {@code m2.<family>}. */
    static String group(String key) {
        String[] parts = key.split("\\.");
        if (parts.length < 2 || "m1".equals(parts[0])) {
            return parts[0];
        }
        return parts[0] + "." + parts[1];
    }

    private String eventName(String eventType, Locale locale) {
        if (eventType == null) {
            return "";
        }
        String simple = eventType.substring(eventType.lastIndexOf('.') + 1);
        return text("event." + simple, simple, locale);
    }

    private String text(String code, String fallback, Locale locale) {
        return messages.getMessage(code, null, fallback, locale);
    }

    private static Map<String, BigDecimal> values(List<ReportFigure> figures) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        figures.forEach(figure -> values.put(figure.key(), figure.value()));
        return values;
    }
}
