package com.aftersales.app.demo;

import com.aftersales.api.common.UserId;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.ReportDepartureCommand;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.statistics.MonthlyReportIssuer;
import com.aftersales.app.statistics.MonthlyReportOfThe5th;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * M1, M3 in the demo: last month's report, issued as soon as the demo data is committed and counted
 * (by the system when the 5th has passed, else by the manager, 赵磊, ahead of it), then a late
 * correction: the task sheet of Zhang Wei's on-site repair in 常州 at the end of last month reaches
 * the clerk only now, so its dispatch (D-003: travel, lodging, materials, transport) is recorded
 * after the issue and the report of last month shows it as a difference, naming that event.
 */
final class DemoStatistics {
    private static final Logger log = LoggerFactory.getLogger(DemoStatistics.class);

    /** The open ticket whose dispatch of last month is recorded after the issue. */
    record LateTaskSheet(TicketId ticket, UserId engineer, LocalDate day) {}

    private final MonthlyReportIssuer issuer;
    private final BiConsumer<ActingUser, Object> send;
    private final ZoneId companyZone;

    DemoStatistics(MonthlyReportIssuer issuer, BiConsumer<ActingUser, Object> send, ZoneId companyZone) {
        this.issuer = issuer;
        this.send = send;
        this.companyZone = companyZone;
    }

    void issueLastMonthThenRecordTheLateSheet(LateTaskSheet late, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, companyZone);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        try {
            if (today.getDayOfMonth() >= MonthlyReportOfThe5th.ISSUE_DAY) {
                ActingUser.runAs(ActingUser.system("demo-data"), () -> issuer.issue(lastMonth, IssueTrigger.SCHEDULED));
            } else {
                ActingUser.runAs(
                        new ActingUser("U-MGR-01", "MANAGER", "demo-data", null),
                        () -> issuer.issue(lastMonth, IssueTrigger.ON_DEMAND));
            }
        } catch (RuntimeException notIssued) {
            log.warn("The demo's report of {} was not issued: {}", lastMonth, notIssued.getMessage());
        }
        ActingUser clerk = new ActingUser("U-CLERK-01", "CLERK", "demo-data", null);
        ActingUser engineer = new ActingUser(late.engineer().value(), "ENGINEER", "demo-data", null);
        send.accept(
                clerk,
                new RecordDispatchCommand(
                        late.ticket(),
                        "D-003",
                        late.engineer(),
                        late.day(),
                        late.day().plusDays(1),
                        "常州",
                        new DispatchCosts(
                                new BigDecimal("86.00"),
                                new BigDecimal("320.00"),
                                new BigDecimal("45.00"),
                                new BigDecimal("138.50")),
                        null));
        send.accept(
                engineer,
                new SubmitServiceReportCommand(
                        late.ticket(),
                        "探测器校准漂移 detector calibration drift",
                        "recalibrated, replaced the cable",
                        List.of("DX3-CABLE"),
                        "满意",
                        4,
                        true,
                        null));
        send.accept(
                engineer,
                new ReportDepartureCommand(
                        late.ticket(),
                        new UserId("U-SUP-01"),
                        late.day().plusDays(1).atTime(15, 0).atZone(companyZone).toInstant(),
                        now,
                        "校准完成 calibrated",
                        null));
        send.accept(clerk, new ConfirmServiceCommand(late.ticket(), "phone", null));
        send.accept(clerk, new CloseServiceTicketCommand(late.ticket(), null, null));
    }
}
