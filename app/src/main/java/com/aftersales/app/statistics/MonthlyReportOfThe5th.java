package com.aftersales.app.statistics;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.app.security.ActingUser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * M1, M3: on the 5th (company zone) the previous month's report is issued by the system. The job
 * runs every hour (a persistent db-scheduler task), so a day the application was down is made up
 * for on its first hour back, and it does nothing for a month already issued (by this job on
 * another node, or by a MANAGER before the 5th).
 */
@Component
public class MonthlyReportOfThe5th {
    /** The day of the month by which the previous month's figures go to the general management office. */
    public static final int ISSUE_DAY = 5;

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportOfThe5th.class);

    private final MonthlyReportIssuer issuer;
    private final StatisticsReads reads;

    MonthlyReportOfThe5th(MonthlyReportIssuer issuer, StatisticsReads reads) {
        this.issuer = issuer;
        this.reads = reads;
    }

    /** Issues the previous month's report if it is due and not issued yet; answers the month issued. */
    public Optional<YearMonth> run() {
        LocalDate today = issuer.today();
        if (today.getDayOfMonth() < ISSUE_DAY) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(today).minusMonths(1);
        if (!reads.issued(month).isEmpty()) {
            return Optional.empty();
        }
        try {
            MonthlyReportIssuer.Issued issued = ActingUser.runAs(
                    ActingUser.system("monthly-report-" + month), () -> issuer.issue(month, IssueTrigger.SCHEDULED));
            log.info("Monthly report of {} issued at stream position {}", month, issued.streamPosition());
            return Optional.of(month);
        } catch (CommandExecutionException failure) {
            if (failure.getCause() instanceof BusinessRuleViolation violation && alreadyIssued(violation)) {
                return Optional.empty();
            }
            throw failure;
        } catch (BusinessRuleViolation violation) {
            if (alreadyIssued(violation)) {
                return Optional.empty();
            }
            throw violation;
        }
    }

    private static boolean alreadyIssued(BusinessRuleViolation violation) {
        return "M3_ALREADY_ISSUED".equals(violation.code());
    }
}
