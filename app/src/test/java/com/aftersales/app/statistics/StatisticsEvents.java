package com.aftersales.app.statistics;

import com.aftersales.api.common.ActorMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events appended straight to the event store as their aggregates record them, with the actor's
 * metadata, each in a transaction of its own: the statistics tests give these and read what the
 * tracking processor made of them.
 */
final class StatisticsEvents {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final Map<String, Long> next = new HashMap<>();

    StatisticsEvents(EventStore eventStore, TransactionTemplate transaction) {
        this.eventStore = eventStore;
        this.transaction = transaction;
    }

    static Map<String, String> by(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }

    /** Noon of {@code day} of {@code month} in the company zone. */
    static Instant noon(YearMonth month, int day) {
        return month.atDay(day).atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    static LocalDate day(YearMonth month, int day) {
        return month.atDay(day);
    }

    /** {@code event} of aggregate {@code aggregateId} (of {@code type}) at {@code at}, by {@code metaData}. */
    void given(String type, String aggregateId, Instant at, Map<String, String> metaData, Object event) {
        long sequence = next.getOrDefault(aggregateId, 0L);
        next.put(aggregateId, sequence + 1);
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(
                type, aggregateId, sequence, event, metaData, UUID.randomUUID().toString(), at);
        transaction.executeWithoutResult(status -> eventStore.publish(List.of(message)));
    }
}
