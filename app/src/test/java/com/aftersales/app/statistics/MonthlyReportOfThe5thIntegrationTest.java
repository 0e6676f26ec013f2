package com.aftersales.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.statistics.IssuedReportView;
import com.aftersales.app.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * M1, M3: the job of the 5th. Its next run is a row of db-scheduler's table (it survives a restart);
 * on or after the 5th of a month (company zone) it issues the previous month's report as the
 * system, once: a second run, or a month already issued by a manager, changes nothing.
 */
class MonthlyReportOfThe5thIntegrationTest extends IntegrationTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MonthlyReportOfThe5th job;

    @Autowired
    StatisticsReads reads;

    @Test
    void onTheFifthThePreviousMonthIsIssuedBySystemOnce_M3() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from scheduled_tasks where task_name = ?",
                        Long.class,
                        MonthlyReportJobConfiguration.TASK_NAME))
                .as("the job's next run is persisted")
                .isEqualTo(1L);
        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        if (today.getDayOfMonth() < MonthlyReportOfThe5th.ISSUE_DAY) {
            assertThat(job.run()).as("before the 5th nothing is issued").isEmpty();
            clock.advance(Duration.ofDays(MonthlyReportOfThe5th.ISSUE_DAY - today.getDayOfMonth()));
        }
        YearMonth previous =
                YearMonth.from(LocalDate.ofInstant(clock.instant(), SHANGHAI)).minusMonths(1);
        boolean issuedBefore = !reads.issued(previous).isEmpty();

        Optional<YearMonth> issued = job.run();

        if (issuedBefore) {
            // a database that an earlier run filled: the month was issued then, and stays as it was
            assertThat(issued).isEmpty();
        } else {
            // this run issued it, or the scheduler's own run did a moment earlier (the clock just moved)
            assertThat(issued).isIn(Optional.of(previous), Optional.empty());
            List<IssuedReportView> versions =
                    await().atMost(Duration.ofSeconds(30)).until(() -> reads.issued(previous), list -> !list.isEmpty());
            assertThat(versions).hasSize(1);
            IssuedReportView report = versions.get(0);
            assertThat(report.version()).isEqualTo(1);
            assertThat(report.trigger()).isEqualTo(IssueTrigger.SCHEDULED);
            assertThat(report.issuedBy()).isEqualTo("system");
            assertThat(report.role()).isEqualTo("SYSTEM");
            assertThat(report.issuedOn().getDayOfMonth()).isGreaterThanOrEqualTo(MonthlyReportOfThe5th.ISSUE_DAY);
        }
        assertThat(job.run()).as("a second run issues nothing").isEmpty();
        assertThat(reads.issued(previous)).hasSize(1);
    }
}
