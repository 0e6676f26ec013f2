package com.aftersales.app.time;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * A {@link SchedulerBuilder} whose scheduler reads the application's {@link Clock}: due executions
 * ({@code execution_time <= now}), heartbeats and dead-execution checks all use it.
 *
 * <p>The clock is set only in {@link #build()}, after {@code pollingInterval(...)} has made the
 * poller's {@code Waiter}: that one keeps db-scheduler's system clock, because it measures how long
 * to sleep between polls and would sleep for the whole jump if a test moved the clock back.
 */
class ApplicationClockSchedulerBuilder extends SchedulerBuilder {
    private final Clock applicationClock;

    ApplicationClockSchedulerBuilder(DataSource dataSource, List<Task<?>> knownTasks, Clock applicationClock) {
        super(dataSource, knownTasks);
        this.applicationClock = applicationClock;
    }

    @Override
    public Scheduler build() {
        this.clock = applicationClock::instant;
        return super.build();
    }
}
