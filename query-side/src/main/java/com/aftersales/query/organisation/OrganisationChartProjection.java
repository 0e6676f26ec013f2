package com.aftersales.query.organisation;

import com.aftersales.api.organisation.FindOrganisationChartQuery;
import com.aftersales.api.organisation.ReportingLineView;
import com.aftersales.api.organisation.SuperiorAssignedEvent;
import com.aftersales.api.organisation.SuperiorRemovedEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organisation chart as people read it (T8). Rows are guarded by the chart's sequence number,
 * so a redelivered event changes nothing.
 */
@ProcessingGroup(OrganisationChartProjection.PROCESSING_GROUP)
public class OrganisationChartProjection {
    public static final String PROCESSING_GROUP = "organisation-chart-view";

    private final JdbcTemplate jdbc;

    public OrganisationChartProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SuperiorAssignedEvent e, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("""
                insert into organisation_chart_view(person_id, superior_id, since, chart_version)
                values (?, ?, ?, ?)
                on conflict (person_id) do update set superior_id = excluded.superior_id, since = excluded.since,
                    chart_version = excluded.chart_version
                where organisation_chart_view.chart_version < excluded.chart_version""", e.person().value(), e.superior().value(), java.sql.Timestamp.from(at), version);
    }

    @EventHandler
    void on(SuperiorRemovedEvent e, @SequenceNumber long version) {
        jdbc.update(
                "delete from organisation_chart_view where person_id = ? and chart_version < ?",
                e.person().value(),
                version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from organisation_chart_view");
    }

    @QueryHandler
    public List<ReportingLineView> handle(FindOrganisationChartQuery query) {
        return jdbc.query(
                "select person_id, superior_id, since, chart_version from organisation_chart_view order by person_id",
                (rs, i) -> new ReportingLineView(
                        rs.getString("person_id"),
                        rs.getString("superior_id"),
                        rs.getTimestamp("since").toInstant(),
                        rs.getLong("chart_version")));
    }
}
