package com.aftersales.command.complaint;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.CallbackRef;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintCauseAnalysedEvent;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintFeedbackGivenEvent;
import com.aftersales.api.complaint.ComplaintHandledEvent;
import com.aftersales.api.complaint.ComplaintHandlingPlannedEvent;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.api.complaint.ComplaintResultSentEvent;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.complaint.RegisterComplaintCommand;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.command.organisation.Superiors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * The complaint of the fixture tests: customer {@code 8d1f…} phoned on Friday 7 March 2025 at
 * 10:00 in Shanghai about engineer {@code U-ENG-WANG} (whose superior is {@code U-SUP-ZHOU}), who
 * argued with them on ticket {@code 2b7e…} and repair order {@code 0b5f…} of unit {@code
 * SN-HX3200-2411-00731}. Clerk {@code U-CLK-01} registers it, supervisor {@code U-SUP-CHEN}
 * reviews it. Feedback is due by Tuesday 11 March (two working days, policy version 5, calendar
 * version 3), overdue from its end, 16:00 UTC.
 */
final class ComplaintSamples {
    static final ComplaintId COMPLAINT = new ComplaintId("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c");
    static final CustomerId CUSTOMER = new CustomerId("8d1f2e3a-4b5c-4d6e-8f70-8192a3b4c5d6");
    static final TicketId TICKET = new TicketId("2b7e1516-28ae-4d2a-9f15-88a09cf4f3c1");
    static final RepairOrderId ORDER = new RepairOrderId("0b5f2c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
    static final String SERIAL = "SN-HX3200-2411-00731";
    static final UserId ENGINEER = new UserId("U-ENG-WANG");
    static final UserId SUPERIOR = new UserId("U-SUP-ZHOU");
    static final String CLERK = "U-CLK-01";
    static final String SUPERVISOR = "U-SUP-CHEN";
    static final QualityReviewId REVIEW_1 = new QualityReviewId("4d333ee9-0c27-319b-b390-a1d1c155f312");
    static final QualityReviewId REVIEW_2 = new QualityReviewId("6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final ComplaintConcern CONCERN = new ComplaintConcern(TICKET, ORDER, ENGINEER, SERIAL, "HX-3200");
    static final String CONTENT = "上门维修时工程师与客户争吵，言语不当";
    static final Instant REGISTERED_AT = Instant.parse("2025-03-07T02:00:00Z");
    static final LocalDate DUE_BY = LocalDate.parse("2025-03-11");
    static final Instant OVERDUE_FROM = Instant.parse("2025-03-11T16:00:00Z");
    static final ComplaintFeedbackDue DUE = new ComplaintFeedbackDue(DUE_BY, OVERDUE_FROM, 2, 5, 3);
    static final CallbackRef CALLBACK = new CallbackRef(TICKET, 7, "b1c2d3e4-0000-4000-8000-00000000e001");
    static final String REASONS = "录音证实工程师与客户争吵";

    private ComplaintSamples() {}

    static Map<String, String> as(String user, String role) {
        return Map.of(ActorMetadata.USER_ID, user, ActorMetadata.ROLE, role);
    }

    static Map<String, String> clerk() {
        return as(CLERK, "CLERK");
    }

    static Map<String, String> supervisor() {
        return as(SUPERVISOR, "SUPERVISOR");
    }

    static Map<String, String> system() {
        return as(ActorMetadata.SYSTEM_USER, ActorMetadata.SYSTEM_ROLE);
    }

    /** The fixture with the calendar, the repeat reviews of {@link #SERIAL} and the organisation chart. */
    static AggregateTestFixture<Complaint> fixture() {
        AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource((ComplaintFeedbackCalendar) registeredAt -> DUE);
        // every serial asked about has the two reviews: a complaint that must not ask gets none
        fixture.registerInjectableResource((RepeatReviews) serial -> List.of(REVIEW_1, REVIEW_2));
        fixture.registerInjectableResource(
                (Superiors) person -> person.equals(ENGINEER) ? Optional.of(SUPERIOR) : Optional.empty());
        return fixture;
    }

    static RegisterComplaintCommand register(ComplaintCategory category) {
        return new RegisterComplaintCommand(
                COMPLAINT, ComplaintChannel.PHONE, CUSTOMER, CONCERN, category, CONTENT, REGISTERED_AT, null);
    }

    static ComplaintRegisteredEvent registered(ComplaintCategory category) {
        return registered(ComplaintChannel.PHONE, CONCERN, category, null, CLERK);
    }

    static ComplaintRegisteredEvent registered(
            ComplaintChannel channel,
            ComplaintConcern concern,
            ComplaintCategory category,
            CallbackRef callback,
            String by) {
        return new ComplaintRegisteredEvent(
                COMPLAINT,
                channel,
                CUSTOMER,
                concern,
                category,
                CONTENT,
                REGISTERED_AT,
                callback,
                DUE_BY,
                OVERDUE_FROM,
                2,
                5,
                3,
                new UserId(by));
    }

    static ComplaintAcceptedEvent accepted(ComplaintCategory category) {
        return new ComplaintAcceptedEvent(COMPLAINT, category, REASONS, List.of(), new UserId(SUPERVISOR));
    }

    static ComplaintRejectedEvent rejected() {
        return new ComplaintRejectedEvent(COMPLAINT, true, false, "客户要求超出服务范围", new UserId(SUPERVISOR));
    }

    static ComplaintCauseAnalysedEvent analysed() {
        return new ComplaintCauseAnalysedEvent(
                COMPLAINT, ComplaintCause.ENGINEER_CONDUCT, "工程师承认情绪失控", new UserId(SUPERVISOR));
    }

    static ComplaintHandlingPlannedEvent planned() {
        return new ComplaintHandlingPlannedEvent(COMPLAINT, "主管上门致歉，更换工程师", new UserId(SUPERVISOR));
    }

    static ComplaintHandledEvent handled() {
        return new ComplaintHandledEvent(COMPLAINT, "3月10日主管上门致歉", new UserId(CLERK));
    }

    static ComplaintFeedbackGivenEvent feedback() {
        return new ComplaintFeedbackGivenEvent(
                COMPLAINT,
                FeedbackMethod.PHONE,
                "客户接受道歉",
                true,
                Instant.parse("2025-03-10T08:00:00Z"),
                DUE_BY,
                true,
                new UserId(CLERK));
    }

    static ComplaintResultSentEvent resultSent() {
        return new ComplaintResultSentEvent(COMPLAINT, "投诉属实，已致歉", List.of(ENGINEER, SUPERIOR), new UserId(SUPERVISOR));
    }

    /** Every event of an accepted complaint up to {@code last} steps after its acceptance. */
    static List<Object> acceptedUpTo(ComplaintCategory category, int steps) {
        List<Object> all = List.of(
                registered(category), accepted(category), analysed(), planned(), handled(), feedback(), resultSent());
        return all.subList(0, 2 + steps);
    }
}
