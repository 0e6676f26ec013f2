package com.aftersales.query.statistics;

import com.aftersales.api.common.ActorMetadata;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * M1, M2: the monthly statistics read model. Each event the {@link FigureExtractor} knows adds its
 * facts to {@code statistics_fact} (one row per event and figure, with its global index, who
 * recorded it in which role, and when) and to the month's totals in {@code
 * statistics_month_total}, in the same transaction; the extractor's context lives in {@code
 * statistics_ticket}, {@code statistics_repair_order} and {@code statistics_hand_over}. An event
 * seen before (its global index is in {@code statistics_event}) changes nothing. One segment, so
 * the context is always written before the events that read it, and no dead letters: a failing
 * event propagates and is retried rather than skipped, so the figures never have a gap.
 */
@ProcessingGroup(MonthlyStatisticsProjection.PROCESSING_GROUP)
public class MonthlyStatisticsProjection {
    public static final String PROCESSING_GROUP = "monthly-statistics";

    private final JdbcTemplate jdbc;
    private final FigureExtractor extractor;
    private final StatisticsContext context;

    public MonthlyStatisticsProjection(JdbcTemplate jdbc, FigureExtractor extractor) {
        this.jdbc = jdbc;
        this.extractor = extractor;
        this.context = new JdbcStatisticsContext(jdbc);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        if (!FigureExtractor.handles(event)) {
            return;
        }
        long globalIndex = token.position().orElseThrow();
        int first = jdbc.update(
                "insert into statistics_event(global_index, event_id) values (?, ?) on conflict do nothing",
                globalIndex,
                message.getIdentifier());
        if (first == 0) {
            return;
        }
        List<StatisticsFact> facts = extractor.extract(event, message.getTimestamp(), context);
        String aggregateId = null;
        Long sequence = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        Object actor = message.getMetaData().get(ActorMetadata.USER_ID);
        Object role = message.getMetaData().get(ActorMetadata.ROLE);
        for (StatisticsFact fact : facts) {
            int inserted = jdbc.update(
                    """
                    insert into statistics_fact(event_id, figure, month, amount, global_index, event_type,
                        aggregate_id, sequence_number, actor, role, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (event_id, figure) do nothing""",
                    message.getIdentifier(),
                    fact.figure(),
                    Date.valueOf(fact.month().atDay(1)),
                    fact.amount(),
                    globalIndex,
                    event.getClass().getSimpleName(),
                    aggregateId,
                    sequence,
                    actor == null ? null : actor.toString(),
                    role == null ? null : role.toString(),
                    Timestamp.from(message.getTimestamp()));
            if (inserted == 1) {
                jdbc.update("""
                        insert into statistics_month_total(month, figure, amount) values (?, ?, ?)
                        on conflict (month, figure) do update
                            set amount = statistics_month_total.amount + excluded.amount""", Date.valueOf(fact.month().atDay(1)), fact.figure(), fact.amount());
            }
        }
    }

    @ResetHandler
    void reset() {
        for (String table : List.of(
                "statistics_fact",
                "statistics_month_total",
                "statistics_event",
                "statistics_ticket",
                "statistics_repair_order",
                "statistics_hand_over",
                "statistics_counting_month")) {
            jdbc.update("delete from " + table);
        }
    }
}
