package com.aftersales.app.statistics;

import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.query.statistics.MonthlyFigures;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facts of a month from {@code statistics_fact} through a PostgreSQL cursor: inside a
 * transaction with a fetch size the driver reads {@value #FETCH_SIZE} rows at a time instead of the
 * whole result, so an export of every event of a busy month stays in bounded memory.
 */
@Component
class JdbcStatisticsFactRows implements StatisticsFactRows {
    static final int FETCH_SIZE = 500;

    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;

    JdbcStatisticsFactRows(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        this.cursor.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void forEach(YearMonth month, String figure, Consumer<FigureFactView> fact) {
        // a rate, an average or the M1 total opens to the facts of the figures it is computed from
        List<String> figures = figure == null ? List.of() : MonthlyFigures.inputs(figure);
        String sql = """
                select figure, amount, global_index, event_id, event_type, aggregate_id, sequence_number, actor, role,
                       recorded_at
                  from statistics_fact
                 where month = ?"""
                + (figures.isEmpty()
                        ? ""
                        : " and figure in (" + String.join(", ", Collections.nCopies(figures.size(), "?")) + ")")
                + " order by global_index, figure";
        List<Object> arguments = new ArrayList<>();
        arguments.add(Date.valueOf(month.atDay(1)));
        arguments.addAll(figures);
        readOnly.executeWithoutResult(status -> cursor.query(
                sql,
                row -> {
                    fact.accept(new FigureFactView(
                            month,
                            row.getString("figure"),
                            row.getBigDecimal("amount"),
                            row.getLong("global_index"),
                            row.getString("event_id"),
                            row.getString("event_type"),
                            row.getString("aggregate_id"),
                            row.getLong("sequence_number"),
                            row.getString("actor"),
                            row.getString("role"),
                            row.getTimestamp("recorded_at") == null
                                    ? null
                                    : row.getTimestamp("recorded_at").toInstant()));
                },
                arguments.toArray()));
    }
}
