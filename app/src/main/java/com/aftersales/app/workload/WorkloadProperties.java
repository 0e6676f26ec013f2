package com.aftersales.app.workload;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the workload generator makes (docs/performance.md). {@code events} 0 (the default) turns it
 * off; otherwise it generates, day by day over the last {@code months} months, until the event
 * store holds at least that many events.
 *
 * @param events the number of events the store holds when generation stops; 0 = off
 * @param seed the same seed gives the same commands in the same order
 * @param months how many months back the history starts (at most 21: the units stay in their 24 months of warranty)
 * @param engineers how many field engineers share the work
 * @param serials how many units (serial numbers) the customers own
 * @param threads how many days are generated side by side (each ticket's life one transaction)
 * @param probes after generating, measure the gateway in process and write {@code report}
 * @param report where the probes write their tab-separated results (none: the log only)
 */
@ConfigurationProperties(prefix = "ledger.workload")
public record WorkloadProperties(
        long events,
        Long seed,
        Integer months,
        Integer engineers,
        Integer serials,
        Integer threads,
        boolean probes,
        Path report) {
    public WorkloadProperties {
        seed = seed == null ? 42L : seed;
        months = months == null ? 12 : months;
        engineers = engineers == null ? 40 : engineers;
        serials = serials == null ? 20_000 : serials;
        threads = threads == null ? 4 : threads;
        if (months < 1 || months > 21) {
            throw new IllegalArgumentException("ledger.workload.months is 1 to 21, not " + months);
        }
        if (engineers < 1 || serials < 10 || threads < 1) {
            throw new IllegalArgumentException("ledger.workload needs at least 1 engineer and 10 serials");
        }
    }

    boolean enabled() {
        return events > 0;
    }
}
