package com.aftersales.app.statistics;

import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.app.web.ExportDownloads;
import com.aftersales.query.export.ExportColumn;
import com.aftersales.query.export.ExportTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** The tables the statistics export: figures, the facts behind them, an issued version beside now. */
@Component
class StatisticsExports {
    private static final List<ExportColumn> FIGURE_COLUMNS = List.of(
            ExportColumn.text("月份", "Month"),
            ExportColumn.text("指标代码", "Figure key"),
            ExportColumn.text("指标", "Figure"),
            ExportColumn.number("数值", "Value"));

    private static final List<ExportColumn> FACT_COLUMNS = List.of(
            ExportColumn.text("月份", "Month"),
            ExportColumn.text("指标代码", "Figure key"),
            ExportColumn.text("指标", "Figure"),
            ExportColumn.number("数量", "Amount"),
            ExportColumn.number("事件流位置", "Stream position"),
            ExportColumn.text("事件", "Event"),
            ExportColumn.text("事件编号", "Event id"),
            ExportColumn.text("记录", "Record"),
            ExportColumn.number("记录序号", "Sequence number"),
            ExportColumn.text("操作人", "Who"),
            ExportColumn.text("角色", "Role"),
            ExportColumn.text("记录时间 (UTC)", "Recorded at (UTC)"));

    private static final List<ExportColumn> COMPARISON_COLUMNS = List.of(
            ExportColumn.text("指标代码", "Figure key"),
            ExportColumn.text("指标", "Figure"),
            ExportColumn.number("出具时", "As issued"),
            ExportColumn.number("按位置复现", "Reproduced"),
            ExportColumn.number("当前", "Now"),
            ExportColumn.number("变化", "Change"),
            ExportColumn.text("引起变化的事件", "Caused by events"));

    private final StatisticsReads reads;
    private final MonthlyReportIssuer issuer;
    private final StatisticsFactRows factRows;
    private final StatisticsView view;

    StatisticsExports(
            StatisticsReads reads, MonthlyReportIssuer issuer, StatisticsFactRows factRows, StatisticsView view) {
        this.reads = reads;
        this.issuer = issuer;
        this.factRows = factRows;
        this.view = view;
    }

    /** Sends {@code table} as a file (csv or xlsx, else 400), rows as they come. */
    void send(ExportTable table, String format, String lang, String name, HttpServletResponse response)
            throws IOException {
        ExportDownloads.send(table, format, lang, name, response);
    }

    ExportTable figures(YearMonth month, Locale locale) {
        MonthlyFiguresView now = reads.now(month);
        List<List<?>> rows = now.figures().stream()
                .<List<?>>map(figure ->
                        Arrays.asList(month.toString(), figure.key(), view.name(figure.key(), locale), figure.value()))
                .toList();
        return ExportTable.of("statistics " + month, FIGURE_COLUMNS, rows);
    }

    ExportTable facts(YearMonth month, String figure, Locale locale) {
        return new ExportTable() {
            @Override
            public String name() {
                return "facts " + month;
            }

            @Override
            public List<ExportColumn> columns() {
                return FACT_COLUMNS;
            }

            @Override
            public void rows(Consumer<List<?>> row) {
                factRows.forEach(month, figure, fact -> row.accept(factRow(fact, locale)));
            }
        };
    }

    ExportTable comparison(YearMonth month, int version, Locale locale) {
        ReportComparison comparison = issuer.compare(month, version);
        java.util.Map<String, ReportComparison.FigureDifference> changed = new java.util.HashMap<>();
        comparison.differences().forEach(difference -> changed.put(difference.key(), difference));
        List<List<?>> rows = view.comparisonRows(comparison, locale).stream()
                .<List<?>>map(row -> Arrays.asList(
                        row.key(),
                        row.name(),
                        row.issued(),
                        row.reproduced(),
                        row.now(),
                        row.change(),
                        changed.containsKey(row.key())
                                ? String.join(" ", changed.get(row.key()).causedBy())
                                : null))
                .toList();
        return ExportTable.of("report " + month + " v" + version, COMPARISON_COLUMNS, rows);
    }

    private List<?> factRow(FigureFactView fact, Locale locale) {
        return Arrays.asList(
                fact.month().toString(),
                fact.figure(),
                view.name(fact.figure(), locale),
                fact.amount(),
                fact.globalIndex(),
                fact.eventType() == null
                        ? null
                        : fact.eventType().substring(fact.eventType().lastIndexOf('.') + 1),
                fact.eventId(),
                fact.aggregateId(),
                fact.sequenceNumber(),
                fact.actor(),
                fact.role(),
                fact.recordedAt() == null ? null : fact.recordedAt().toString());
    }
}
