package com.aftersales.app.statistics;

import com.aftersales.query.statistics.FigureExtractor;
import com.aftersales.query.statistics.MonthlyReportProjection;
import com.aftersales.query.statistics.MonthlyStatisticsProjection;
import com.aftersales.query.statistics.StatisticsQueries;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monthly statistics as people read them (M1–M3): the figures' read model, the issued reports'
 * read model and their queries as beans. The statistics position is read from the processor's
 * stored token (its {@code token_entry} row, deserialized with the token store's serializer)
 * without claiming it, so any node can answer it while another node processes.
 */
@Configuration(proxyBeanMethods = false)
public class StatisticsReadConfiguration {

    /**
     * No dead letters for the figures: a failing event propagates, so its batch rolls back and the
     * processor retries from the same token; no event is ever skipped and the statistics position
     * never passes it.
     */
    @Bean
    ConfigurerModule monthlyStatisticsErrorHandling() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        MonthlyStatisticsProjection.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    FigureExtractor figureExtractor(ZoneId companyZone) {
        return new FigureExtractor(companyZone);
    }

    @Bean
    MonthlyStatisticsProjection monthlyStatisticsProjection(JdbcTemplate jdbc, FigureExtractor figureExtractor) {
        return new MonthlyStatisticsProjection(jdbc, figureExtractor);
    }

    @Bean
    MonthlyReportProjection monthlyReportProjection(JdbcTemplate jdbc) {
        return new MonthlyReportProjection(jdbc);
    }

    @Bean
    StatisticsQueries statisticsQueries(
            JdbcTemplate jdbc,
            Serializer serializer,
            EventStorageEngine eventStorageEngine,
            FigureExtractor figureExtractor) {
        return new StatisticsQueries(jdbc, storedToken(jdbc, serializer), eventStorageEngine, figureExtractor);
    }

    /** The stored token of the single segment of {@code monthly-statistics}, or null before its first claim. */
    static Supplier<TrackingToken> storedToken(JdbcTemplate jdbc, Serializer serializer) {
        return () -> jdbc.query(
                "select token, token_type from token_entry where processor_name = ? and segment = 0",
                rs -> {
                    if (!rs.next() || rs.getBytes(1) == null) {
                        return null;
                    }
                    return serializer.<byte[], TrackingToken>deserialize(
                            new SimpleSerializedObject<>(rs.getBytes(1), byte[].class, rs.getString(2), null));
                },
                MonthlyStatisticsProjection.PROCESSING_GROUP);
    }
}
