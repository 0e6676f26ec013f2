package com.aftersales.app.admin;

import com.aftersales.app.security.ActingUser;
import com.aftersales.app.web.OperationConflictException;
import com.aftersales.app.web.UnknownResourceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The streaming processors behind the read models: progress, rebuild from zero, dead letters. */
@Component
public class Projections {
    private static final Logger log = LoggerFactory.getLogger(Projections.class);
    private static final long CATCH_UP_PAUSE_MILLIS = 50;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    Projections(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            TransactionTemplate transaction,
            JdbcTemplate jdbc) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** {@code position} is the lowest position over the segments: everything before it is done. */
    record Status(String name, boolean running, boolean replaying, boolean caughtUp, long position, long head) {}

    List<Status> all() {
        long head = head();
        return streaming().stream().map(processor -> status(processor, head)).toList();
    }

    Status status(String name) {
        return status(processor(name), head());
    }

    /**
     * Waits until {@code name} has handled every event recorded before the call: true, or false
     * once {@code patience} has passed. What the processor sends in reply is then recorded too.
     */
    public boolean awaitCaughtUp(String name, Duration patience) {
        long head = head();
        long deadline = System.nanoTime() + patience.toNanos();
        while (status(name).position() < head) {
            if (System.nanoTime() > deadline) {
                log.warn("Projection {} did not reach position {} within {}", name, head, patience);
                return false;
            }
            try {
                Thread.sleep(CATCH_UP_PAUSE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    Status rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        try {
            processor.resetTokens();
            // The replay hands every event to the handlers again; whatever still fails is
            // dead-lettered anew, so the letters of the old run would only duplicate them.
            processing
                    .deadLetterQueue(name)
                    .ifPresent(deadLetters -> transaction.executeWithoutResult(status -> deadLetters.clear()));
        } catch (RuntimeException busy) {
            throw new OperationConflictException(
                    "projection " + name + " cannot be reset now (another node or rebuild holds it)", busy);
        } finally {
            processor.start();
        }
        log.info(
                "Projection {} rebuild started by {}",
                name,
                ActingUser.current().map(ActingUser::userId).orElse("?"));
        return status(processor, head());
    }

    /** A parked event: which sequence (ticket) it blocks, what it is, and why it failed. */
    record DeadLetter(
            String sequenceIdentifier,
            long sequenceIndex,
            String payloadType,
            String causeType,
            String causeMessage,
            java.time.Instant enqueuedAt) {}

    List<DeadLetter> deadLetters(String name) {
        processor(name);
        return jdbc.query(
                "select sequence_identifier, sequence_index, payload_type, cause_type, cause_message, enqueued_at"
                        + " from dead_letter_entry where processing_group = ?"
                        + " order by enqueued_at, sequence_identifier, sequence_index",
                (rs, i) -> new DeadLetter(
                        rs.getString("sequence_identifier"),
                        rs.getLong("sequence_index"),
                        rs.getString("payload_type"),
                        rs.getString("cause_type"),
                        rs.getString("cause_message"),
                        rs.getTimestamp("enqueued_at").toInstant()),
                name);
    }

    /** Some of a projection's dead letters, oldest first, and how many it has in all. */
    record DeadLetters(int total, List<DeadLetter> oldest) {}

    /** The oldest {@code perProjection} dead letters of every projection that has any, in one query. */
    Map<String, DeadLetters> deadLettersOfAll(int perProjection) {
        Map<String, DeadLetters> byProjection = new LinkedHashMap<>();
        jdbc.query(
                """
                select * from (
                    select processing_group, sequence_identifier, sequence_index, payload_type, cause_type,
                           cause_message, enqueued_at,
                           row_number() over (partition by processing_group
                                              order by enqueued_at, sequence_identifier, sequence_index) as n,
                           count(*) over (partition by processing_group) as total
                    from dead_letter_entry) parked
                where n <= ? order by processing_group, n""",
                row -> {
                    int total = row.getInt("total");
                    DeadLetters letters = byProjection.computeIfAbsent(
                            row.getString("processing_group"), group -> new DeadLetters(total, new ArrayList<>()));
                    letters.oldest()
                            .add(new DeadLetter(
                                    row.getString("sequence_identifier"),
                                    row.getLong("sequence_index"),
                                    row.getString("payload_type"),
                                    row.getString("cause_type"),
                                    row.getString("cause_message"),
                                    row.getTimestamp("enqueued_at").toInstant()));
                },
                perProjection);
        return byProjection;
    }

    /**
     * Hands every parked sequence to the handlers again, oldest first (after the cause is fixed).
     * A sequence that fails again stays parked; answers how many sequences went through.
     */
    int retryDeadLetters(String name) {
        processor(name);
        var deadLetters = processing
                .sequencedDeadLetterProcessor(name)
                .orElseThrow(() -> new UnknownResourceException("projection " + name + " has no dead-letter queue"));
        int sequences = jdbc.queryForObject(
                "select count(distinct sequence_identifier) from dead_letter_entry where processing_group = ?",
                Integer.class,
                name);
        int processed = 0;
        for (int attempt = 0; attempt < sequences; attempt++) {
            if (deadLetters.processAny()) {
                processed++;
            }
        }
        log.info(
                "Dead letters of {} retried by {}: {} of {} sequences went through",
                name,
                ActingUser.current().map(ActingUser::userId).orElse("?"),
                processed,
                sequences);
        return processed;
    }

    /**
     * Stops every streaming processor on this node (the read models and the reactors): the
     * benchmark's generator writes its history without them, then {@link #startAll} lets them
     * catch up, which is the rebuild of all of them together.
     */
    public List<String> stopAll() {
        List<StreamingEventProcessor> processors = streaming();
        processors.forEach(StreamingEventProcessor::shutDown);
        return processors.stream().map(StreamingEventProcessor::getName).toList();
    }

    public void startAll() {
        streaming().forEach(StreamingEventProcessor::start);
    }

    /** The lowest position over every streaming processor, and the head of the store. */
    public long[] slowestAndHead() {
        long head = head();
        long slowest = streaming().stream()
                .mapToLong(processor -> status(processor, head).position())
                .min()
                .orElse(head);
        return new long[] {slowest, head};
    }

    private List<StreamingEventProcessor> streaming() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private StreamingEventProcessor processor(String name) {
        return processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownResourceException("no projection " + name));
    }

    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(-1L);
    }

    private static Status status(StreamingEventProcessor processor, long head) {
        var segments = processor.processingStatus().values();
        long position = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1L))
                .min()
                .orElse(-1L);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        return new Status(processor.getName(), processor.isRunning(), replaying, caughtUp, position, head);
    }
}
