package com.aftersales.query.statistics;

import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.api.statistics.FindFigureFactsQuery;
import com.aftersales.api.statistics.FindFigureTrendQuery;
import com.aftersales.api.statistics.FindIssuedReportsQuery;
import com.aftersales.api.statistics.FindMonthlyFiguresQuery;
import com.aftersales.api.statistics.FindStatisticsPositionQuery;
import com.aftersales.api.statistics.FindStatisticsProgressQuery;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.statistics.IssuedReportView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.api.statistics.ReplayMonthlyFiguresQuery;
import com.aftersales.api.statistics.ReportFigure;
import com.aftersales.api.statistics.StatisticsProgressView;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * M1–M3: the questions asked of the monthly statistics. The figures of a month now are one indexed
 * read of its totals; as of a position they are the totals less the facts recorded after it (late
 * facts are few); every figure opens to the events behind it. The replay reads the event store
 * itself through the same {@link FigureExtractor} and {@link MonthlyFigures}.
 */
public class StatisticsQueries {
    // The read queries, public so that a test can check each one's plan uses the indexes.
    /** A month's totals now. */
    public static final String NOW = "select figure, amount from statistics_month_total where month = ?";

    /**
     * A month's totals as of a position: the totals now less the facts above it, in one statement,
     * so both sides read one snapshot (facts the projection commits in between are in neither).
     */
    public static final String AS_OF = "select t.figure, t.amount - coalesce(l.late, 0) from statistics_month_total t"
            + " left join (select figure, sum(amount) as late from statistics_fact"
            + " where month = ? and global_index > ? group by figure) l on l.figure = t.figure"
            + " where t.month = ?";

    public static final String FACTS = "select month, figure, amount, global_index, event_id, event_type, aggregate_id,"
            + " sequence_number, actor, role, recorded_at from statistics_fact"
            + " where month = ? and global_index > ? and global_index <= ?";
    /** Appended to {@link #FACTS}, after the optional {@code and figure in (...)}. */
    public static final String FACTS_ORDER = " order by global_index, figure limit ?";

    public static final String TREND = "select month, figure, amount from statistics_month_total"
            + " where month >= ? and month <= ? order by month";
    public static final String REPORTS =
            "select r.month, r.version, r.stream_position, r.issued_on, r.trigger, r.reason,"
                    + " r.issued_by, r.role, r.issued_at, f.figure, f.amount from monthly_report_view r"
                    + " left join monthly_report_figure f on f.month = r.month and f.version = r.version";
    public static final String REPORTS_OF_MONTH = " where r.month = ?";
    public static final String REPORTS_ORDER = " order by r.month desc, r.version desc, f.position";

    private final JdbcTemplate jdbc;
    private final Supplier<TrackingToken> statisticsToken;
    private final EventStorageEngine storageEngine;
    private final FigureExtractor extractor;

    /**
     * @param statisticsToken the token of the {@code monthly-statistics} processor as stored, read
     *     without claiming it
     */
    public StatisticsQueries(
            JdbcTemplate jdbc,
            Supplier<TrackingToken> statisticsToken,
            EventStorageEngine storageEngine,
            FigureExtractor extractor) {
        this.jdbc = jdbc;
        this.statisticsToken = statisticsToken;
        this.storageEngine = storageEngine;
        this.extractor = extractor;
    }

    @QueryHandler
    public Long handle(FindStatisticsPositionQuery query) {
        return StatisticsPosition.of(statisticsToken.get());
    }

    @QueryHandler
    public StatisticsProgressView handle(FindStatisticsProgressQuery query) {
        TrackingToken token = statisticsToken.get();
        return new StatisticsProgressView(StatisticsPosition.processed(token), StatisticsPosition.of(token));
    }

    @QueryHandler
    public MonthlyFiguresView handle(FindMonthlyFiguresQuery query) {
        long position = query.upToPosition() == null ? handle(new FindStatisticsPositionQuery()) : query.upToPosition();
        Map<String, BigDecimal> sums = query.upToPosition() == null
                ? sums(NOW, first(query.month()))
                : sums(AS_OF, first(query.month()), query.upToPosition(), first(query.month()));
        return new MonthlyFiguresView(query.month(), position, MonthlyFigures.derive(sums));
    }

    @QueryHandler
    public List<FigureFactView> handle(FindFigureFactsQuery query) {
        StringBuilder sql = new StringBuilder(FACTS);
        List<Object> arguments = new ArrayList<>(List.of(
                first(query.month()),
                query.afterPosition() == null ? -1L : query.afterPosition(),
                query.upToPosition() == null ? Long.MAX_VALUE : query.upToPosition()));
        if (query.figure() != null) {
            List<String> figures = MonthlyFigures.inputs(query.figure());
            sql.append(" and figure in (")
                    .append(String.join(", ", figures.stream().map(f -> "?").toList()))
                    .append(")");
            arguments.addAll(figures);
        }
        sql.append(FACTS_ORDER);
        arguments.add(Math.max(0, query.limit()));
        return jdbc.query(
                sql.toString(),
                (rs, row) -> new FigureFactView(
                        YearMonth.from(rs.getDate(1).toLocalDate()),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getTimestamp(11).toInstant()),
                arguments.toArray());
    }

    @QueryHandler
    public List<MonthlyFiguresView> handle(FindFigureTrendQuery query) {
        long position = handle(new FindStatisticsPositionQuery());
        Map<YearMonth, Map<String, BigDecimal>> byMonth = new LinkedHashMap<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            byMonth.put(month, new HashMap<>());
        }
        jdbc.query(
                TREND,
                rs -> {
                    byMonth.computeIfAbsent(YearMonth.from(rs.getDate(1).toLocalDate()), m -> new HashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                },
                first(query.from()),
                first(query.to()));
        List<MonthlyFiguresView> views = new ArrayList<>();
        byMonth.forEach(
                (month, sums) -> views.add(new MonthlyFiguresView(month, position, MonthlyFigures.derive(sums))));
        return views;
    }

    @QueryHandler
    public List<IssuedReportView> handle(FindIssuedReportsQuery query) {
        String sql = REPORTS + (query.month() == null ? "" : REPORTS_OF_MONTH) + REPORTS_ORDER;
        Object[] arguments = query.month() == null ? new Object[0] : new Object[] {first(query.month())};
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, List<ReportFigure>> figures = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    String key = rs.getDate(1) + "#" + rs.getInt(2);
                    heads.computeIfAbsent(key, k -> {
                        try {
                            return new Object[] {
                                YearMonth.from(rs.getDate(1).toLocalDate()),
                                rs.getInt(2),
                                rs.getLong(3),
                                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                                IssueTrigger.valueOf(rs.getString(5)),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getTimestamp(9).toInstant()
                            };
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    List<ReportFigure> list = figures.computeIfAbsent(key, k -> new ArrayList<>());
                    if (rs.getString(10) != null) {
                        list.add(new ReportFigure(rs.getString(10), rs.getBigDecimal(11)));
                    }
                },
                arguments);
        List<IssuedReportView> views = new ArrayList<>();
        heads.forEach((key, h) -> views.add(new IssuedReportView(
                (YearMonth) h[0],
                (Integer) h[1],
                (Long) h[2],
                figures.get(key),
                (java.time.LocalDate) h[3],
                (IssueTrigger) h[4],
                (String) h[5],
                (String) h[6],
                (String) h[7],
                (java.time.Instant) h[8])));
        return views;
    }

    /**
     * M3 check: reads the stored events from the first up to {@code upToPosition} and feeds every
     * one the extractor knows, with a context held in memory, through the same definitions.
     */
    @QueryHandler
    public MonthlyFiguresView handle(ReplayMonthlyFiguresQuery query) {
        InMemoryStatisticsContext context = new InMemoryStatisticsContext();
        Map<String, BigDecimal> sums = new HashMap<>();
        try (Stream<? extends TrackedEventMessage<?>> events = storageEngine.readEvents(null, false)) {
            events.takeWhile(message ->
                            message.trackingToken().position().orElse(Long.MAX_VALUE) <= query.upToPosition())
                    .filter(message -> FigureExtractor.EVENT_TYPES.contains(message.getPayloadType()))
                    .forEach(message -> {
                        for (StatisticsFact fact :
                                extractor.extract(message.getPayload(), message.getTimestamp(), context)) {
                            if (fact.month().equals(query.month())) {
                                sums.merge(fact.figure(), fact.amount(), BigDecimal::add);
                            }
                        }
                    });
        }
        return new MonthlyFiguresView(query.month(), query.upToPosition(), MonthlyFigures.derive(sums));
    }

    /** A month as the statistics tables key it: its first day. */
    private static java.sql.Date first(YearMonth month) {
        return java.sql.Date.valueOf(month.atDay(1));
    }

    private Map<String, BigDecimal> sums(String sql, Object... arguments) {
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    sums.put(rs.getString(1), rs.getBigDecimal(2));
                },
                arguments);
        return sums;
    }
}
