package com.aftersales.app.statistics;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job of the 5th (M3) as a persistent db-scheduler task: its next run is a row of {@code
 * scheduled_tasks}, so a restart neither loses nor repeats it, and of several nodes one runs it. It
 * runs at half past every hour in the company zone; a run that fails (the statistics still
 * catching up after a start) is retried five minutes later.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyReportJobConfiguration {
    public static final String TASK_NAME = "monthly-report-of-the-5th";

    @Bean
    RecurringTask<Void> monthlyReportOfThe5thTask(MonthlyReportOfThe5th job, ZoneId companyZone) {
        return Tasks.recurring(TASK_NAME, Schedules.cron("0 30 * * * *", companyZone))
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(5)))
                .execute((instance, context) -> job.run());
    }
}
