package com.aftersales.query.statistics;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.statistics.MonthlyReportIssuedEvent;
import com.aftersales.api.statistics.ReportFigure;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * M3: every issued version of a monthly report as its {@link MonthlyReportIssuedEvent} recorded it,
 * in {@code monthly_report_view} and its figures in {@code monthly_report_figure}, in the order the
 * report lists them. A version is written once: a redelivery changes nothing.
 */
@ProcessingGroup(MonthlyReportProjection.PROCESSING_GROUP)
public class MonthlyReportProjection {
    public static final String PROCESSING_GROUP = "monthly-reports";

    private final JdbcTemplate jdbc;

    public MonthlyReportProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(
            MonthlyReportIssuedEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        int inserted = jdbc.update(
                """
                insert into monthly_report_view(month, version, stream_position, issued_on, trigger, reason,
                    issued_by, role, issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (month, version) do nothing""",
                Date.valueOf(e.month().atDay(1)),
                e.version(),
                e.streamPosition(),
                e.issuedOn() == null ? null : Date.valueOf(e.issuedOn()),
                e.trigger().name(),
                e.reason(),
                e.issuedBy() == null ? actor : e.issuedBy().value(),
                role,
                Timestamp.from(at));
        if (inserted == 0) {
            return;
        }
        List<ReportFigure> figures = e.figures();
        for (int i = 0; i < figures.size(); i++) {
            jdbc.update(
                    "insert into monthly_report_figure(month, version, position, figure, amount) values (?, ?, ?, ?, ?)",
                    Date.valueOf(e.month().atDay(1)),
                    e.version(),
                    i,
                    figures.get(i).key(),
                    figures.get(i).value());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from monthly_report_figure");
        jdbc.update("delete from monthly_report_view");
    }
}
