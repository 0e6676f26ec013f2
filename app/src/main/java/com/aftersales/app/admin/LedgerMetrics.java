package com.aftersales.app.admin;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an operator watches beside Axon's own message timers (docs/operations.md): events appended,
 * each streaming processor's position and lag behind the head, its dead letters, and the deadlines
 * that are due but not yet handled. Read at most once a second, however often they are scraped.
 */
@Component
class LedgerMetrics {
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final Projections projections;
    private final JdbcTemplate jdbc;
    private final MeterRegistry registry;
    private final Clock clock;
    private Reading reading;
    private long readAtNanos;

    LedgerMetrics(Projections projections, JdbcTemplate jdbc, MeterRegistry registry, Clock clock) {
        this.projections = projections;
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    /** One reading of the store and the processors; {@code at} by the application's clock, as deadlines are due by it. */
    record Reading(
            Instant at,
            long head,
            Map<String, Projections.Status> processors,
            Map<String, Long> deadLetters,
            long overdueDeadlines) {}

    /** Once the processors exist: one set of gauges per streaming processor. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        FunctionCounter.builder(
                        "ledger.events.appended",
                        this,
                        metrics -> metrics.reading().head() + 1)
                .description("events in the event store (its newest global index + 1)")
                .register(registry);
        Gauge.builder(
                        "ledger.deadlines.overdue",
                        this,
                        metrics -> metrics.reading().overdueDeadlines())
                .description("deadlines and scheduled tasks past their time and not yet picked up")
                .register(registry);
        for (String processor : reading().processors().keySet()) {
            Gauge.builder("ledger.processor.position", this, metrics -> position(metrics, processor))
                    .description("lowest token position over the processor's segments on this node")
                    .tag("processor", processor)
                    .register(registry);
            Gauge.builder("ledger.processor.lag", this, metrics -> lag(metrics, processor))
                    .description("events recorded that the processor has not yet handled")
                    .baseUnit("events")
                    .tag("processor", processor)
                    .register(registry);
            Gauge.builder(
                            "ledger.processor.dead.letters",
                            this,
                            metrics -> metrics.reading().deadLetters().getOrDefault(processor, 0L))
                    .description("events parked in the processor's dead-letter queue")
                    .tag("processor", processor)
                    .register(registry);
        }
    }

    private static double position(LedgerMetrics metrics, String processor) {
        Projections.Status status = metrics.reading().processors().get(processor);
        return status == null ? Double.NaN : status.position();
    }

    /** Head less position: a processor without a token yet (position -1) lags by every event. */
    static double lag(LedgerMetrics metrics, String processor) {
        Reading reading = metrics.reading();
        Projections.Status status = reading.processors().get(processor);
        return status == null ? Double.NaN : Math.max(0, reading.head() - status.position());
    }

    synchronized Reading reading() {
        long now = System.nanoTime();
        if (reading == null || now - readAtNanos > FRESH_FOR.toNanos()) {
            reading = read(clock.instant());
            readAtNanos = now;
        }
        return reading;
    }

    private Reading read(Instant now) {
        List<Projections.Status> statuses = projections.all();
        Map<String, Projections.Status> processors = new HashMap<>();
        long head = -1;
        for (Projections.Status status : statuses) {
            processors.put(status.name(), status);
            head = Math.max(head, status.head());
        }
        Map<String, Long> deadLetters = new HashMap<>();
        jdbc.query("select processing_group, count(*) from dead_letter_entry group by processing_group", rs -> {
            deadLetters.put(rs.getString(1), rs.getLong(2));
        });
        Long overdue = jdbc.queryForObject(
                "select count(*) from scheduled_tasks where not picked and execution_time <= ?",
                Long.class,
                java.sql.Timestamp.from(now));
        return new Reading(now, head, processors, deadLetters, overdue == null ? 0 : overdue);
    }
}
