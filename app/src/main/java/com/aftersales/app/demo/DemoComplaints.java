package com.aftersales.app.demo;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.AnalyseComplaintCauseCommand;
import com.aftersales.api.complaint.ArchiveComplaintCommand;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.complaint.PlanComplaintHandlingCommand;
import com.aftersales.api.complaint.ProposeComplaintPenaltyCommand;
import com.aftersales.api.complaint.RecordComplaintFeedbackCommand;
import com.aftersales.api.complaint.RecordComplaintHandlingCommand;
import com.aftersales.api.complaint.RegisterComplaintCommand;
import com.aftersales.api.complaint.ReviewComplaintCommand;
import com.aftersales.api.complaint.SendComplaintResultCommand;
import com.aftersales.api.penalty.DecidePenaltyCommand;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.app.security.ActingUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The complaint part of the demo data (C1–C5, P1): a complaint a callback revealed (the engineer
 * argued with the customer), accepted, handled and answered in time, its warning imposed, archived;
 * a phone complaint that the engineer asked for money, registered on the 18th of last month and
 * rejected as not authentic (the charge was the out-of-warranty fee with its invoice), answered the
 * next day, archived; and a complaint about the printer repaired twice, registered on the 20th of
 * last month, accepted with the unit's repeat review linked, whose customer heard back only today,
 * late. The two of last month count in its statistics (M2). All through the normal commands, in the
 * seeder's transaction.
 */
final class DemoComplaints {
    static final String LATE_COMPLAINT_SERIAL = DemoRepairs.REPEATED_SERIAL;

    private static final ActingUser CLERK = actor("U-CLERK-01", "CLERK");
    private static final ActingUser SUPERVISOR = actor("U-SUP-01", "SUPERVISOR");
    private static final ActingUser MANAGER = actor("U-MGR-01", "MANAGER");
    private static final ActingUser SYSTEM = ActingUser.system("demo-data");
    private static final UserId ENGINEER = new UserId("U-ENG-01");
    private static final UserId ENGINEER_2 = new UserId("U-ENG-02");

    private final BiConsumer<ActingUser, Object> send;
    private final ZoneId companyZone;

    DemoComplaints(BiConsumer<ActingUser, Object> send, ZoneId companyZone) {
        this.send = send;
        this.companyZone = companyZone;
    }

    /** @param fromCallback the registration a complaint-raising callback calls for, as the callback reactor sends it */
    void create(Instant now, RegisterComplaintCommand fromCallback, CustomerId shop) {
        handledInTime(now, fromCallback);
        YearMonth lastMonth =
                YearMonth.from(LocalDate.ofInstant(now, companyZone)).minusMonths(1);
        rejected(lastMonthAt(lastMonth, 18), shop);
        answeredLate(now, lastMonthAt(lastMonth, 20), shop);
    }

    private void handledInTime(Instant now, RegisterComplaintCommand fromCallback) {
        ComplaintId complaint = fromCallback.complaintId();
        send.accept(SYSTEM, fromCallback);
        send.accept(
                SUPERVISOR,
                new ReviewComplaintCommand(
                        complaint,
                        true,
                        true,
                        ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING,
                        "回访录音与客户描述一致 the callback recording matches the customer's account"));
        send.accept(
                SUPERVISOR,
                new AnalyseComplaintCauseCommand(
                        complaint,
                        ComplaintCause.ENGINEER_CONDUCT,
                        "工程师赶时间，与客户争执 the engineer was in a hurry and argued"));
        send.accept(
                SUPERVISOR,
                new PlanComplaintHandlingCommand(
                        complaint, "主管致歉，工程师参加服务规范培训 apology by the supervisor, service-manners training"));
        send.accept(
                SUPERVISOR,
                new RecordComplaintHandlingCommand(complaint, "已电话致歉，培训已排期 apologised by phone, training booked"));
        send.accept(
                CLERK,
                new RecordComplaintFeedbackCommand(
                        complaint, FeedbackMethod.PHONE, "客户接受道歉 the customer accepted the apology", true, now));
        PenaltyId warning = PenaltyId.random();
        send.accept(
                SUPERVISOR,
                new ProposeComplaintPenaltyCommand(
                        complaint,
                        warning,
                        PenaltyKind.WARNING,
                        "与客户争吵，初犯 arguing with a customer, first time",
                        List.of()));
        send.accept(
                MANAGER,
                new DecidePenaltyCommand(warning, true, PenaltyKind.WARNING, null, "初犯，予以警告 first offence: a warning"));
        send.accept(
                SUPERVISOR,
                new SendComplaintResultCommand(
                        complaint, "投诉属实，已致歉并警告 upheld: apology made, warning given", List.of()));
        send.accept(SUPERVISOR, new ArchiveComplaintCommand(complaint));
    }

    private Instant lastMonthAt(YearMonth lastMonth, int day) {
        return lastMonth.atDay(day).atTime(10, 0).atZone(companyZone).toInstant();
    }

    private void rejected(Instant registeredAt, CustomerId shop) {
        ComplaintId complaint = ComplaintId.random();
        send.accept(
                CLERK,
                new RegisterComplaintCommand(
                        complaint,
                        ComplaintChannel.PHONE,
                        shop,
                        new ComplaintConcern(null, null, ENGINEER_2, "SN-P-7790", "P-2200"),
                        ComplaintCategory.SOLICITING_MONEY_GIFTS_OR_DEMANDS,
                        "客户称工程师收取了额外费用 the customer says the engineer asked for extra money",
                        registeredAt,
                        null));
        send.accept(
                SUPERVISOR,
                new ReviewComplaintCommand(
                        complaint,
                        false,
                        true,
                        null,
                        "收费为保外维修费，有发票 the charge was the out-of-warranty repair fee, invoiced"));
        send.accept(
                CLERK,
                new RecordComplaintFeedbackCommand(
                        complaint,
                        FeedbackMethod.PHONE,
                        "已解释收费依据，客户认可 the fee was explained; the customer agreed",
                        true,
                        registeredAt.plus(Duration.ofDays(1))));
        send.accept(SUPERVISOR, new ArchiveComplaintCommand(complaint));
    }

    private void answeredLate(Instant now, Instant registeredAt, CustomerId shop) {
        ComplaintId complaint = ComplaintId.random();
        send.accept(
                CLERK,
                new RegisterComplaintCommand(
                        complaint,
                        ComplaintChannel.VISIT,
                        shop,
                        new ComplaintConcern(null, null, ENGINEER, LATE_COMPLAINT_SERIAL, "P-2200"),
                        ComplaintCategory.REPEATED_REPAIR_FOR_PERSONAL_REASONS,
                        "同一卡纸故障修了两次 the same paper-feed fault repaired twice",
                        registeredAt,
                        null));
        send.accept(
                SUPERVISOR,
                new ReviewComplaintCommand(
                        complaint,
                        true,
                        true,
                        ComplaintCategory.REPEATED_REPAIR_FOR_PERSONAL_REASONS,
                        "维修记录显示 40 天内两次更换进纸辊 two roller replacements within 40 days"));
        send.accept(
                SUPERVISOR,
                new AnalyseComplaintCauseCommand(
                        complaint,
                        ComplaintCause.ENGINEER_WORKMANSHIP,
                        "首次更换未校准 the first replacement was not calibrated"));
        send.accept(
                SUPERVISOR, new PlanComplaintHandlingCommand(complaint, "免费上门复检 a free visit to re-check the printer"));
        send.accept(SUPERVISOR, new RecordComplaintHandlingCommand(complaint, "已复检并校准 re-checked and calibrated"));
        send.accept(
                CLERK,
                new RecordComplaintFeedbackCommand(
                        complaint,
                        FeedbackMethod.VISIT,
                        "客户满意但抱怨回复太慢 satisfied, but the answer came late",
                        false,
                        now));
    }

    private static ActingUser actor(String userId, String role) {
        return new ActingUser(userId, role, "demo-data", null);
    }
}
