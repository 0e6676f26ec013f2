package com.aftersales.app.time;

import com.github.kagkarlsson.scheduler.PollingStrategyConfig;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The db-scheduler {@link Scheduler} behind Axon's persistent deadlines, driven by the application's
 * {@link Clock}, and Axon's message timestamps taken from the same clock.
 *
 * <p>The starter's {@code DbSchedulerAutoConfiguration.scheduler(...)} builds the scheduler on
 * db-scheduler's own system clock, and {@code SchedulerBuilder} has no setter for it. This bean
 * replaces that one (the starter's is {@code @ConditionalOnMissingBean}) and applies every
 * {@code db-scheduler.*} property and {@link DbSchedulerCustomizer} hook exactly as the starter 15.6.0
 * does; only the clock differs. The starter still provides the properties, the customizer, the
 * stats registry, the starter bean (start when the context is ready) and the health indicator, and
 * Axon's {@code AxonDbSchedulerAutoConfiguration} still builds the deadline manager on this
 * scheduler. With {@code Clock.systemUTC()} (production) the behaviour is the starter's.
 */
@Configuration(proxyBeanMethods = false)
public class ApplicationClockSchedulerConfiguration {

    @Bean(destroyMethod = "stop")
    @DependsOnDatabaseInitialization
    Scheduler scheduler(
            DbSchedulerProperties config,
            DataSource dataSource,
            List<Task<?>> configuredTasks,
            ObjectProvider<SchedulerListener> schedulerListeners,
            ObjectProvider<ExecutionInterceptor> executionInterceptors,
            DbSchedulerCustomizer customizer,
            StatsRegistry statsRegistry,
            Clock clock) {
        DataSource transactionAware = transactionAware(customizer.dataSource().orElse(dataSource));
        ApplicationClockSchedulerBuilder builder = new ApplicationClockSchedulerBuilder(
                transactionAware,
                configuredTasks.stream()
                        .filter(task -> !(task instanceof OnStartup))
                        .toList(),
                clock);
        builder.threads(config.getThreads()).pollingInterval(config.getPollingInterval());
        if (config.getPollingStrategy() == PollingStrategyConfig.Type.FETCH) {
            builder.pollUsingFetchAndLockOnExecute(
                    config.getPollingStrategyLowerLimitFractionOfThreads(),
                    config.getPollingStrategyUpperLimitFractionOfThreads());
        } else if (config.getPollingStrategy() == PollingStrategyConfig.Type.LOCK_AND_FETCH) {
            builder.pollUsingLockAndFetch(
                    config.getPollingStrategyLowerLimitFractionOfThreads(),
                    config.getPollingStrategyUpperLimitFractionOfThreads());
        } else {
            throw new IllegalArgumentException("Unknown polling-strategy: " + config.getPollingStrategy());
        }
        builder.heartbeatInterval(config.getHeartbeatInterval())
                .missedHeartbeatsLimit(config.getMissedHeartbeatsLimit());
        if (customizer.schedulerName().isPresent()) {
            builder.schedulerName(customizer.schedulerName().get());
        } else if (config.getSchedulerName() != null) {
            builder.schedulerName(new SchedulerName.Fixed(config.getSchedulerName()));
        }
        builder.tableName(config.getTableName())
                .serializer(customizer.serializer().orElse(SpringJavaSerializer.INSTANCE));
        customizer.jdbcCustomization().ifPresent(builder::jdbcCustomization);
        if (config.isAlwaysPersistTimestampInUtc()) {
            builder.alwaysPersistTimestampInUTC();
        }
        if (config.isImmediateExecutionEnabled()) {
            builder.enableImmediateExecution();
        }
        if (config.isPriorityEnabled()) {
            builder.enablePriority();
        }
        customizer.executorService().ifPresent(builder::executorService);
        customizer.dueExecutor().ifPresent(builder::dueExecutor);
        customizer.housekeeperExecutor().ifPresent(builder::housekeeperExecutor);
        builder.deleteUnresolvedAfter(config.getDeleteUnresolvedAfter());
        builder.startTasks(startupTasks(configuredTasks));
        builder.statsRegistry(statsRegistry)
                .failureLogging(config.getFailureLoggerLevel(), config.isFailureLoggerLogStackTrace())
                .shutdownMaxWait(config.getShutdownMaxWait());
        schedulerListeners.orderedStream().forEach(builder::addSchedulerListener);
        executionInterceptors.orderedStream().forEach(builder::addExecutionInterceptor);
        return builder.build();
    }

    /**
     * Axon stamps every event and deadline message with {@code GenericEventMessage.clock} (a static,
     * {@code Clock.systemUTC()} by default): an aggregate's {@code @Timestamp} (the response time of
     * T3, for one) then reads the same time as the commands and the deadlines.
     */
    @Bean
    AxonMessageClock axonMessageClock(Clock clock) {
        GenericEventMessage.clock = clock;
        return new AxonMessageClock(clock);
    }

    /** The clock Axon's messages were given (a bean so that it is set before any message is made). */
    public record AxonMessageClock(Clock clock) {}

    private static DataSource transactionAware(DataSource dataSource) {
        return dataSource instanceof TransactionAwareDataSourceProxy
                ? dataSource
                : new TransactionAwareDataSourceProxy(dataSource);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List startupTasks(List<Task<?>> tasks) {
        return tasks.stream().filter(task -> task instanceof OnStartup).toList();
    }
}
