package com.aftersales.app.statistics;

import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.api.statistics.FindFigureFactsQuery;
import com.aftersales.api.statistics.FindFigureTrendQuery;
import com.aftersales.api.statistics.FindIssuedReportsQuery;
import com.aftersales.api.statistics.FindMonthlyFiguresQuery;
import com.aftersales.api.statistics.FindStatisticsProgressQuery;
import com.aftersales.api.statistics.IssuedReportView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.api.statistics.ReplayMonthlyFiguresQuery;
import com.aftersales.api.statistics.StatisticsProgressView;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The statistics reads the API, the pages, the exports and the issuing share. */
@Component
public class StatisticsReads {
    /** A drill-down lists at most this many events behind a figure. */
    public static final int MAX_FACTS = 1000;

    /** A trend covers at most this many months. */
    public static final int MAX_TREND_MONTHS = 36;

    private final QueryGateway queries;

    StatisticsReads(QueryGateway queries) {
        this.queries = queries;
    }

    public MonthlyFiguresView now(YearMonth month) {
        return figures(new FindMonthlyFiguresQuery(month, null));
    }

    public MonthlyFiguresView asOf(YearMonth month, long position) {
        return figures(new FindMonthlyFiguresQuery(month, position));
    }

    public List<FigureFactView> facts(YearMonth month, String figure, Long after, Long upTo, int limit) {
        return queries.query(
                        new FindFigureFactsQuery(month, figure, after, upTo, limit),
                        ResponseTypes.multipleInstancesOf(FigureFactView.class))
                .join();
    }

    public List<MonthlyFiguresView> trend(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "to is before from");
        }
        if (from.plusMonths(MAX_TREND_MONTHS).isBefore(to.plusMonths(1))) {
            throw new InvalidFieldException("to", "at most " + MAX_TREND_MONTHS + " months");
        }
        return queries.query(
                        new FindFigureTrendQuery(from, to), ResponseTypes.multipleInstancesOf(MonthlyFiguresView.class))
                .join();
    }

    /** Every issued version of the month's report, the newest first; empty when none is issued yet. */
    public List<IssuedReportView> issued(YearMonth month) {
        return queries.query(
                        new FindIssuedReportsQuery(month), ResponseTypes.multipleInstancesOf(IssuedReportView.class))
                .join();
    }

    public List<IssuedReportView> allIssued() {
        return issued(null);
    }

    /** One issued version, or 404. */
    public IssuedReportView version(YearMonth month, int version) {
        return issued(month).stream()
                .filter(report -> report.version() == version)
                .findFirst()
                .orElseThrow(
                        () -> new UnknownResourceException("no version " + version + " of the report of " + month));
    }

    /** How far the statistics read model has come: the highest index handled and the highest without a gap. */
    public StatisticsProgressView progress() {
        return queries.query(new FindStatisticsProgressQuery(), ResponseTypes.instanceOf(StatisticsProgressView.class))
                .join();
    }

    /** M3 check: the month's figures recomputed from the event store itself up to the position. */
    public MonthlyFiguresView replay(YearMonth month, long position) {
        return figures(new ReplayMonthlyFiguresQuery(month, position));
    }

    private MonthlyFiguresView figures(Object query) {
        return queries.query(query, ResponseTypes.instanceOf(MonthlyFiguresView.class))
                .join();
    }
}
