package com.aftersales.command.complaint;

import static com.aftersales.command.common.RuleViolations.violationOf;
import static com.aftersales.command.complaint.ComplaintSamples.*;

import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.AnalyseComplaintCauseCommand;
import com.aftersales.api.complaint.ArchiveComplaintCommand;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintArchivedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintFeedbackGivenEvent;
import com.aftersales.api.complaint.ComplaintFeedbackOverdueEvent;
import com.aftersales.api.complaint.ComplaintHandledEvent;
import com.aftersales.api.complaint.ComplaintPenaltyProposedEvent;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.api.complaint.ComplaintResultSentEvent;
import com.aftersales.api.complaint.ComplaintStatus;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.complaint.PlanComplaintHandlingCommand;
import com.aftersales.api.complaint.ProposeComplaintPenaltyCommand;
import com.aftersales.api.complaint.RecordComplaintFeedbackCommand;
import com.aftersales.api.complaint.RecordComplaintHandlingCommand;
import com.aftersales.api.complaint.RegisterComplaintCommand;
import com.aftersales.api.complaint.ReviewComplaintCommand;
import com.aftersales.api.complaint.SendComplaintResultCommand;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltySource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RULES C1–C5, S2 and P1 on the {@link Complaint} (see {@link ComplaintSamples} for the story).
 * Literal events; every rule code is also refused in {@link ComplaintRuleCatalogueTest}.
 */
class ComplaintTest {
    static final ComplaintCategory ARGUING = ComplaintCategory.IMPROPER_LANGUAGE_OR_ARGUING;
    static final ComplaintCategory REPEATED = ComplaintCategory.REPEATED_REPAIR_FOR_PERSONAL_REASONS;
    static final PenaltyId PENALTY = new PenaltyId("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    static final EvidenceRef RECORDING = new EvidenceRef(EvidenceKind.DOCUMENT, "sha256:9f2c7a");
    static final EvidenceRef COMPLAINT_REF = new EvidenceRef(EvidenceKind.COMPLAINT, COMPLAINT.value());
    static final EvidenceRef TICKET_REF = new EvidenceRef(EvidenceKind.TICKET, TICKET.value());
    static final EvidenceRef ORDER_REF = new EvidenceRef(EvidenceKind.REPAIR_ORDER, ORDER.value());

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    static Object by(Object command, Map<String, String> actor) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(actor);
    }

    static RecordComplaintFeedbackCommand feedbackAt(Instant givenAt) {
        return new RecordComplaintFeedbackCommand(COMPLAINT, FeedbackMethod.PHONE, "客户接受道歉", true, givenAt);
    }

    static ComplaintFeedbackGivenEvent feedbackGivenAt(Instant givenAt, boolean onTime, String by) {
        return new ComplaintFeedbackGivenEvent(
                COMPLAINT, FeedbackMethod.PHONE, "客户接受道歉", true, givenAt, DUE_BY, onTime, new UserId(by));
    }

    static ProposeComplaintPenaltyCommand propose(List<EvidenceRef> evidence) {
        return new ProposeComplaintPenaltyCommand(COMPLAINT, PENALTY, PenaltyKind.FINE, "与客户争吵，情节较重", evidence);
    }

    static PenaltyProposedEvent penaltyProposed(List<EvidenceRef> evidence) {
        return new PenaltyProposedEvent(
                PENALTY,
                PenaltySource.COMPLAINT,
                COMPLAINT.value(),
                ENGINEER,
                evidence,
                PenaltyKind.FINE,
                "与客户争吵，情节较重",
                new UserId(SUPERVISOR));
    }

    static ComplaintPenaltyProposedEvent complaintPenaltyProposed() {
        return new ComplaintPenaltyProposedEvent(
                COMPLAINT, PENALTY, ENGINEER, PenaltyKind.FINE, new UserId(SUPERVISOR));
    }

    static List<Object> with(List<Object> given, Object... more) {
        List<Object> all = new ArrayList<>(given);
        all.addAll(List.of(more));
        return all;
    }

    // ---------------------------------------------------------------- registration (C1, C2, C4)

    @Test
    void aClerkRegistersAPhoneComplaintAndItsFeedbackIsDueInWorkingDays_C1_C2_C4() {
        fixture.givenNoPriorActivity()
                .when(
                        new RegisterComplaintCommand(
                                COMPLAINT,
                                ComplaintChannel.PHONE,
                                CUSTOMER,
                                CONCERN,
                                ARGUING,
                                "  " + CONTENT + " ",
                                REGISTERED_AT,
                                null),
                        clerk())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(registered(ARGUING))
                .expectScheduledDeadlineWithName(OVERDUE_FROM, "complaint-feedback-due")
                .expectScheduledDeadline(OVERDUE_FROM, new ComplaintFeedbackDeadline(DUE_BY));
    }

    @Test
    void aSupervisorRegistersALetterWhoseCategoryWaitsForTheReview_C1_C2() {
        fixture.givenNoPriorActivity()
                .when(
                        new RegisterComplaintCommand(
                                COMPLAINT,
                                ComplaintChannel.LETTER,
                                CUSTOMER,
                                CONCERN,
                                null,
                                CONTENT,
                                REGISTERED_AT,
                                null),
                        supervisor())
                .expectEvents(registered(ComplaintChannel.LETTER, CONCERN, null, null, SUPERVISOR));
    }

    @Test
    void theSystemRegistersTheComplaintACallbackRevealed_C1_T11() {
        fixture.givenNoPriorActivity()
                .when(
                        new RegisterComplaintCommand(
                                COMPLAINT,
                                ComplaintChannel.CALLBACK,
                                CUSTOMER,
                                CONCERN,
                                null,
                                CONTENT,
                                REGISTERED_AT,
                                CALLBACK),
                        system())
                .expectResultMessagePayload(true)
                .expectEvents(registered(ComplaintChannel.CALLBACK, CONCERN, null, CALLBACK, "system"));
    }

    @Test
    void aComplaintNamesATicketARepairOrderOrAnEngineer_C2() {
        for (ComplaintConcern concern : List.of(
                new ComplaintConcern(TICKET, null, null, null, null),
                new ComplaintConcern(null, ORDER, null, null, null),
                new ComplaintConcern(null, null, ENGINEER, null, null))) {
            fixture()
                    .givenNoPriorActivity()
                    .when(
                            new RegisterComplaintCommand(
                                    COMPLAINT,
                                    ComplaintChannel.VISIT,
                                    CUSTOMER,
                                    concern,
                                    null,
                                    CONTENT,
                                    REGISTERED_AT,
                                    null),
                            clerk())
                    .expectEvents(registered(ComplaintChannel.VISIT, concern, null, null, CLERK));
        }
    }

    @Test
    void registeringAComplaintAgainChangesNothing_C1_T11() {
        fixture.given(registered(ARGUING))
                .when(register(ComplaintCategory.OTHER), clerk())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(false)
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRegistrationWithoutChannelIsRefused_C1() {
        fixture.givenNoPriorActivity()
                .when(
                        new RegisterComplaintCommand(
                                COMPLAINT, null, CUSTOMER, CONCERN, null, CONTENT, REGISTERED_AT, null),
                        clerk())
                .expectException(violationOf(ComplaintRule.COMPLAINT_CHANNEL_REQUIRED))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void theChannelIsCallbackExactlyWhenTheCallbackIsNamed_C1() {
        for (RegisterComplaintCommand mismatch : List.of(
                new RegisterComplaintCommand(
                        COMPLAINT, ComplaintChannel.CALLBACK, CUSTOMER, CONCERN, null, CONTENT, REGISTERED_AT, null),
                new RegisterComplaintCommand(
                        COMPLAINT,
                        ComplaintChannel.PHONE,
                        CUSTOMER,
                        CONCERN,
                        null,
                        CONTENT,
                        REGISTERED_AT,
                        CALLBACK))) {
            fixture()
                    .givenNoPriorActivity()
                    .when(mismatch, system())
                    .expectException(violationOf(ComplaintRule.COMPLAINT_CALLBACK_MISMATCH))
                    .expectNoEvents();
        }
    }

    @Test
    void aClerkOrASupervisorRegistersAndTheSystemRegistersOnlyACallbacksComplaint_C2() {
        RegisterComplaintCommand fromCallback = new RegisterComplaintCommand(
                COMPLAINT, ComplaintChannel.CALLBACK, CUSTOMER, CONCERN, null, CONTENT, REGISTERED_AT, CALLBACK);
        Map<String, String> noRole = Map.of(com.aftersales.api.common.ActorMetadata.USER_ID, CLERK);
        for (Object[] refused : new Object[][] {
            {register(ARGUING), as("U-ENG-LI", "ENGINEER")},
            {register(ARGUING), as("U-MGR-SUN", "MANAGER")},
            {register(ARGUING), system()},
            {register(ARGUING), noRole},
            {fromCallback, clerk()},
            {fromCallback, supervisor()},
            {fromCallback, noRole}
        }) {
            @SuppressWarnings("unchecked")
            Map<String, String> actor = (Map<String, String>) refused[1];
            fixture()
                    .givenNoPriorActivity()
                    .when(refused[0], actor)
                    .expectException(violationOf(ComplaintRule.COMPLAINT_REGISTRAR_ROLE))
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }
    }

    @Test
    void theFormNamesTheCustomerWhatItConcernsItsContentAndItsTime_C2() {
        Object[][] incomplete = {
            {
                new RegisterComplaintCommand(
                        COMPLAINT, ComplaintChannel.PHONE, null, CONCERN, null, CONTENT, REGISTERED_AT, null),
                ComplaintRule.COMPLAINT_CUSTOMER_REQUIRED
            },
            {
                new RegisterComplaintCommand(
                        COMPLAINT, ComplaintChannel.PHONE, CUSTOMER, null, null, CONTENT, REGISTERED_AT, null),
                ComplaintRule.COMPLAINT_CONCERN_REQUIRED
            },
            {
                new RegisterComplaintCommand(
                        COMPLAINT,
                        ComplaintChannel.PHONE,
                        CUSTOMER,
                        new ComplaintConcern(null, null, null, SERIAL, "HX-3200"),
                        null,
                        CONTENT,
                        REGISTERED_AT,
                        null),
                ComplaintRule.COMPLAINT_CONCERN_REQUIRED
            },
            {
                new RegisterComplaintCommand(
                        COMPLAINT, ComplaintChannel.PHONE, CUSTOMER, CONCERN, null, null, REGISTERED_AT, null),
                ComplaintRule.COMPLAINT_CONTENT_REQUIRED
            },
            {
                new RegisterComplaintCommand(
                        COMPLAINT, ComplaintChannel.PHONE, CUSTOMER, CONCERN, null, " \n", REGISTERED_AT, null),
                ComplaintRule.COMPLAINT_CONTENT_REQUIRED
            },
            {
                new RegisterComplaintCommand(
                        COMPLAINT, ComplaintChannel.PHONE, CUSTOMER, CONCERN, null, CONTENT, null, null),
                ComplaintRule.COMPLAINT_TIME_REQUIRED
            }
        };
        for (Object[] refused : incomplete) {
            fixture()
                    .givenNoPriorActivity()
                    .when(refused[0], clerk())
                    .expectException(violationOf((ComplaintRule) refused[1]))
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }
    }

    // ---------------------------------------------------------------- review (C3, C5 → R13)

    @Test
    void aSupervisorAcceptsAnAuthenticReasonableComplaintInTheReviewsCategory_C3() {
        fixture.given(registered(ComplaintCategory.OTHER))
                .when(new ReviewComplaintCommand(COMPLAINT, true, true, ARGUING, REASONS), supervisor())
                .expectEvents(accepted(ARGUING));
    }

    @Test
    void theRegisteredCategoryStandsWhenTheReviewNamesNone_C3() {
        fixture.given(registered(ComplaintCategory.SLOW_RESPONSE))
                .when(new ReviewComplaintCommand(COMPLAINT, true, true, null, REASONS), supervisor())
                .expectEvents(accepted(ComplaintCategory.SLOW_RESPONSE));
    }

    @Test
    void acceptingAComplaintWithoutAnyCategoryIsRefused_C3() {
        fixture.given(registered(null))
                .when(new ReviewComplaintCommand(COMPLAINT, true, true, null, REASONS), supervisor())
                .expectException(violationOf(ComplaintRule.COMPLAINT_CATEGORY_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aComplaintThatIsNotAuthenticOrNotReasonableIsRejectedWithItsReasons_C3() {
        for (boolean[] review : new boolean[][] {{false, true}, {true, false}, {false, false}}) {
            fixture()
                    .given(registered(null))
                    .when(new ReviewComplaintCommand(COMPLAINT, review[0], review[1], null, "客户要求超出服务范围"), supervisor())
                    .expectEvents(new ComplaintRejectedEvent(
                            COMPLAINT, review[0], review[1], "客户要求超出服务范围", new UserId(SUPERVISOR)));
        }
    }

    @Test
    void aReviewGivesItsReasons_C3() {
        for (String blank : new String[] {null, " "}) {
            for (boolean accept : new boolean[] {true, false}) {
                fixture()
                        .given(registered(ARGUING))
                        .when(new ReviewComplaintCommand(COMPLAINT, true, accept, ARGUING, blank), supervisor())
                        .expectException(violationOf(ComplaintRule.COMPLAINT_REVIEW_REASONS_REQUIRED))
                        .expectNoEvents();
            }
        }
    }

    @Test
    void aComplaintIsReviewedOnce_C3() {
        for (Object decided : List.of(accepted(ARGUING), rejected())) {
            fixture()
                    .given(registered(ARGUING), decided)
                    .when(new ReviewComplaintCommand(COMPLAINT, true, true, ARGUING, REASONS), supervisor())
                    .expectException(violationOf(ComplaintRule.COMPLAINT_ALREADY_REVIEWED))
                    .expectNoEvents();
        }
    }

    @Test
    void onlyASupervisorReviews_C3() {
        for (Map<String, String> actor : List.of(
                clerk(),
                as("U-MGR-SUN", "MANAGER"),
                as("U-ENG-LI", "ENGINEER"),
                Map.of(com.aftersales.api.common.ActorMetadata.USER_ID, SUPERVISOR))) {
            fixture()
                    .given(registered(ARGUING))
                    .when(new ReviewComplaintCommand(COMPLAINT, true, true, ARGUING, REASONS), actor)
                    .expectException(violationOf(ComplaintRule.COMPLAINT_REVIEWER_ROLE))
                    .expectNoEvents();
        }
    }

    @Test
    void theEngineerConcernedDoesNotReviewTheComplaintEvenAsASupervisor_S2() {
        fixture.given(registered(ARGUING))
                .when(
                        new ReviewComplaintCommand(COMPLAINT, false, false, null, "我没有争吵"),
                        as(ENGINEER.value(), "SUPERVISOR"))
                .expectException(violationOf(ComplaintRule.COMPLAINT_ABOUT_ONESELF))
                .expectNoEvents();
    }

    @Test
    void acceptingARepeatedRepairComplaintLinksTheUnitsRepeatReviews_C5_R13() {
        fixture.given(registered(REPEATED))
                .when(new ReviewComplaintCommand(COMPLAINT, true, true, null, REASONS), supervisor())
                .expectEvents(new ComplaintAcceptedEvent(
                        COMPLAINT, REPEATED, REASONS, List.of(REVIEW_1, REVIEW_2), new UserId(SUPERVISOR)));
    }

    @Test
    void aRepeatedRepairComplaintWithoutASerialLinksNothing_C5() {
        for (String serial : new String[] {null, " "}) {
            ComplaintConcern noSerial = new ComplaintConcern(TICKET, ORDER, ENGINEER, serial, null);
            fixture()
                    .given(registered(ComplaintChannel.PHONE, noSerial, REPEATED, null, CLERK))
                    .when(new ReviewComplaintCommand(COMPLAINT, true, true, null, REASONS), supervisor())
                    .expectEvents(accepted(REPEATED));
        }
    }

    // ---------------------------------------------------------------- handling (C4)

    @Test
    void aSupervisorAnalysesTheCauseOfAnAcceptedComplaint_C4() {
        fixture.given(acceptedUpTo(ARGUING, 0))
                .when(
                        new AnalyseComplaintCauseCommand(COMPLAINT, ComplaintCause.ENGINEER_CONDUCT, "工程师承认情绪失控"),
                        supervisor())
                .expectEvents(analysed());
    }

    @Test
    void aSupervisorPlansTheHandlingAfterTheAnalysis_C4() {
        fixture.given(acceptedUpTo(ARGUING, 1))
                .when(new PlanComplaintHandlingCommand(COMPLAINT, "主管上门致歉，更换工程师"), supervisor())
                .expectEvents(planned());
    }

    @Test
    void aClerkOrASupervisorRecordsTheHandlingAfterThePlan_C4() {
        fixture.given(acceptedUpTo(ARGUING, 2))
                .when(new RecordComplaintHandlingCommand(COMPLAINT, "3月10日主管上门致歉"), clerk())
                .expectEvents(handled());
        fixture()
                .given(acceptedUpTo(ARGUING, 2))
                .when(new RecordComplaintHandlingCommand(COMPLAINT, "3月10日主管上门致歉"), supervisor())
                .expectEvents(new ComplaintHandledEvent(COMPLAINT, "3月10日主管上门致歉", new UserId(SUPERVISOR)));
    }

    @Test
    void feedbackBeforeTheEndOfTheDueDayIsOnTime_C4() {
        fixture.given(acceptedUpTo(ARGUING, 3))
                .when(feedbackAt(Instant.parse("2025-03-10T08:00:00Z")), clerk())
                .expectEvents(feedback());
        fixture()
                .given(acceptedUpTo(ARGUING, 3))
                .when(feedbackAt(OVERDUE_FROM.minusMillis(1)), supervisor())
                .expectEvents(feedbackGivenAt(OVERDUE_FROM.minusMillis(1), true, SUPERVISOR));
    }

    @Test
    void feedbackFromTheStartOfTheNextDayIsLate_C4() {
        for (Instant late : List.of(OVERDUE_FROM, OVERDUE_FROM.plus(Duration.ofDays(3)))) {
            fixture()
                    .given(with(acceptedUpTo(ARGUING, 3), new ComplaintFeedbackOverdueEvent(COMPLAINT, DUE_BY)))
                    .when(feedbackAt(late), clerk())
                    .expectEvents(feedbackGivenAt(late, false, CLERK));
        }
    }

    @Test
    void aDissatisfiedCustomerIsRecordedSo_C4() {
        Instant at = Instant.parse("2025-03-10T08:00:00Z");
        fixture.given(acceptedUpTo(ARGUING, 3))
                .when(new RecordComplaintFeedbackCommand(COMPLAINT, FeedbackMethod.VISIT, "仍不满意", false, at), clerk())
                .expectEvents(new ComplaintFeedbackGivenEvent(
                        COMPLAINT, FeedbackMethod.VISIT, "仍不满意", false, at, DUE_BY, true, new UserId(CLERK)));
    }

    @Test
    void theResultGoesToTheEngineerTheirSuperiorAndTheOthersEachOnce_C4() {
        UserId clerk = new UserId(CLERK);
        fixture.given(acceptedUpTo(ARGUING, 4))
                .when(
                        new SendComplaintResultCommand(COMPLAINT, "投诉属实，已致歉", List.of(clerk, ENGINEER, SUPERIOR)),
                        supervisor())
                .expectEvents(new ComplaintResultSentEvent(
                        COMPLAINT, "投诉属实，已致歉", List.of(ENGINEER, SUPERIOR, clerk), new UserId(SUPERVISOR)));
    }

    @Test
    void anEngineerWithoutASuperiorStillReceivesTheResult_C4() {
        UserId other = new UserId("U-ENG-LI");
        ComplaintConcern aboutOther = new ComplaintConcern(TICKET, null, other, null, null);
        fixture.given(
                        registered(ComplaintChannel.PHONE, aboutOther, ARGUING, null, CLERK),
                        accepted(ARGUING),
                        analysed(),
                        planned(),
                        handled(),
                        feedback())
                .when(new SendComplaintResultCommand(COMPLAINT, "已处理", List.of()), supervisor())
                .expectEvents(new ComplaintResultSentEvent(COMPLAINT, "已处理", List.of(other), new UserId(SUPERVISOR)));
    }

    @Test
    void aComplaintAboutNoEngineerSendsItsResultToThoseNamed_C4() {
        ComplaintConcern ticketOnly = new ComplaintConcern(TICKET, null, null, null, null);
        List<Object> upToFeedback = List.of(
                registered(ComplaintChannel.PHONE, ticketOnly, ComplaintCategory.SLOW_RESPONSE, null, CLERK),
                accepted(ComplaintCategory.SLOW_RESPONSE),
                analysed(),
                planned(),
                handled(),
                feedback());
        UserId clerk = new UserId(CLERK);
        fixture.given(upToFeedback)
                .when(new SendComplaintResultCommand(COMPLAINT, "已处理", List.of(clerk)), supervisor())
                .expectEvents(new ComplaintResultSentEvent(COMPLAINT, "已处理", List.of(clerk), new UserId(SUPERVISOR)));
        fixture()
                .given(upToFeedback)
                .when(new SendComplaintResultCommand(COMPLAINT, "已处理", List.of()), supervisor())
                .expectException(violationOf(ComplaintRule.COMPLAINT_RESULT_RECIPIENTS_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void anAcceptedComplaintIsArchivedOnceItsResultIsSent_C4() {
        fixture.given(acceptedUpTo(ComplaintCategory.SLOW_RESPONSE, 5))
                .when(new ArchiveComplaintCommand(COMPLAINT), supervisor())
                .expectEvents(
                        new ComplaintArchivedEvent(COMPLAINT, ComplaintStatus.RESULT_SENT, new UserId(SUPERVISOR)));
    }

    @Test
    void aRejectedComplaintIsArchivedWithOrWithoutItsFeedback_C4() {
        fixture.given(registered(ARGUING), rejected())
                .when(new ArchiveComplaintCommand(COMPLAINT), supervisor())
                .expectEvents(new ComplaintArchivedEvent(COMPLAINT, ComplaintStatus.REJECTED, new UserId(SUPERVISOR)));
        fixture()
                .given(registered(ARGUING), rejected(), feedback())
                .when(new ArchiveComplaintCommand(COMPLAINT), supervisor())
                .expectEvents(new ComplaintArchivedEvent(COMPLAINT, ComplaintStatus.REJECTED, new UserId(SUPERVISOR)));
    }

    @Test
    void theCustomerOfARejectedComplaintIsToldOnce_C3_C4() {
        Instant at = Instant.parse("2025-03-10T08:00:00Z");
        fixture.given(registered(ARGUING), rejected())
                .when(feedbackAt(at), clerk())
                .expectEvents(feedbackGivenAt(at, true, CLERK));
        fixture()
                .given(registered(ARGUING), rejected(), feedback())
                .when(feedbackAt(at), clerk())
                .expectException(violationOf(ComplaintRule.COMPLAINT_STEP_OUT_OF_ORDER))
                .expectNoEvents();
    }

    @Test
    void eachStepFollowsTheOneBeforeIt_C4() {
        Instant at = Instant.parse("2025-03-10T08:00:00Z");
        Object[][] outOfOrder = {
            {List.of(registered(ARGUING)), new AnalyseComplaintCauseCommand(COMPLAINT, ComplaintCause.OTHER, "?")},
            {
                List.of(registered(ARGUING), rejected()),
                new AnalyseComplaintCauseCommand(COMPLAINT, ComplaintCause.OTHER, "?")
            },
            {acceptedUpTo(ARGUING, 1), new AnalyseComplaintCauseCommand(COMPLAINT, ComplaintCause.OTHER, "?")},
            {acceptedUpTo(ARGUING, 0), new PlanComplaintHandlingCommand(COMPLAINT, "?")},
            {acceptedUpTo(ARGUING, 1), new RecordComplaintHandlingCommand(COMPLAINT, "?")},
            {acceptedUpTo(ARGUING, 2), feedbackAt(at)},
            {acceptedUpTo(ARGUING, 4), feedbackAt(at)},
            {List.of(registered(ARGUING)), feedbackAt(at)},
            {acceptedUpTo(ARGUING, 3), new SendComplaintResultCommand(COMPLAINT, "?", List.of())},
            {acceptedUpTo(ARGUING, 4), new ArchiveComplaintCommand(COMPLAINT)},
            {List.of(registered(ARGUING)), new ArchiveComplaintCommand(COMPLAINT)}
        };
        for (Object[] step : outOfOrder) {
            @SuppressWarnings("unchecked")
            List<Object> given = (List<Object>) step[0];
            fixture()
                    .given(given)
                    .when(step[1], supervisor())
                    .expectException(violationOf(ComplaintRule.COMPLAINT_STEP_OUT_OF_ORDER))
                    .expectNoEvents();
        }
    }

    @Test
    void eachStepIsTakenInItsRole_C4() {
        Instant at = Instant.parse("2025-03-10T08:00:00Z");
        Map<String, String> engineer = as("U-ENG-LI", "ENGINEER");
        Map<String, String> quality = as("U-QA-ZHAO", "QUALITY");
        Object[][] wrongRole = {
            {acceptedUpTo(ARGUING, 0), new AnalyseComplaintCauseCommand(COMPLAINT, ComplaintCause.OTHER, "?"), clerk()},
            {acceptedUpTo(ARGUING, 1), new PlanComplaintHandlingCommand(COMPLAINT, "?"), clerk()},
            {acceptedUpTo(ARGUING, 2), new RecordComplaintHandlingCommand(COMPLAINT, "?"), engineer},
            {acceptedUpTo(ARGUING, 3), feedbackAt(at), quality},
            {acceptedUpTo(ARGUING, 4), new SendComplaintResultCommand(COMPLAINT, "?", List.of()), clerk()},
            {acceptedUpTo(ComplaintCategory.OTHER, 5), new ArchiveComplaintCommand(COMPLAINT), clerk()}
        };
        for (Object[] step : wrongRole) {
            @SuppressWarnings("unchecked")
            List<Object> given = (List<Object>) step[0];
            @SuppressWarnings("unchecked")
            Map<String, String> actor = (Map<String, String>) step[2];
            fixture()
                    .given(given)
                    .when(step[1], actor)
                    .expectException(violationOf(ComplaintRule.COMPLAINT_HANDLER_ROLE))
                    .expectNoEvents();
        }
    }

    @Test
    void eachStepSaysWhatItRecords_C4() {
        Instant at = Instant.parse("2025-03-10T08:00:00Z");
        Object[][] incomplete = {
            {
                acceptedUpTo(ARGUING, 0),
                new AnalyseComplaintCauseCommand(COMPLAINT, null, "工程师承认"),
                ComplaintRule.COMPLAINT_CAUSE_REQUIRED
            },
            {
                acceptedUpTo(ARGUING, 0),
                new AnalyseComplaintCauseCommand(COMPLAINT, ComplaintCause.ENGINEER_CONDUCT, " "),
                ComplaintRule.COMPLAINT_CAUSE_REQUIRED
            },
            {
                acceptedUpTo(ARGUING, 1),
                new PlanComplaintHandlingCommand(COMPLAINT, null),
                ComplaintRule.COMPLAINT_PLAN_REQUIRED
            },
            {
                acceptedUpTo(ARGUING, 2),
                new RecordComplaintHandlingCommand(COMPLAINT, ""),
                ComplaintRule.COMPLAINT_ACTIONS_REQUIRED
            },
            {
                acceptedUpTo(ARGUING, 3),
                new RecordComplaintFeedbackCommand(COMPLAINT, null, "好", true, at),
                ComplaintRule.COMPLAINT_FEEDBACK_INCOMPLETE
            },
            {
                acceptedUpTo(ARGUING, 3),
                new RecordComplaintFeedbackCommand(COMPLAINT, FeedbackMethod.PHONE, " ", true, at),
                ComplaintRule.COMPLAINT_FEEDBACK_INCOMPLETE
            },
            {
                acceptedUpTo(ARGUING, 3),
                new RecordComplaintFeedbackCommand(COMPLAINT, FeedbackMethod.PHONE, "好", true, null),
                ComplaintRule.COMPLAINT_FEEDBACK_INCOMPLETE
            },
            {
                acceptedUpTo(ARGUING, 4),
                new SendComplaintResultCommand(COMPLAINT, null, List.of()),
                ComplaintRule.COMPLAINT_RESULT_SUMMARY_REQUIRED
            }
        };
        for (Object[] step : incomplete) {
            @SuppressWarnings("unchecked")
            List<Object> given = (List<Object>) step[0];
            fixture()
                    .given(given)
                    .when(step[1], supervisor())
                    .expectException(violationOf((ComplaintRule) step[2]))
                    .expectNoEvents();
        }
    }

    @Test
    void theEngineerConcernedTakesNoStepAfterTheRegistration_S2() {
        Instant at = Instant.parse("2025-03-10T08:00:00Z");
        Object[][] steps = {
            {acceptedUpTo(ARGUING, 0), new AnalyseComplaintCauseCommand(COMPLAINT, ComplaintCause.OTHER, "?")},
            {acceptedUpTo(ARGUING, 1), new PlanComplaintHandlingCommand(COMPLAINT, "?")},
            {acceptedUpTo(ARGUING, 2), new RecordComplaintHandlingCommand(COMPLAINT, "?")},
            {acceptedUpTo(ARGUING, 3), feedbackAt(at)},
            {acceptedUpTo(ARGUING, 4), new SendComplaintResultCommand(COMPLAINT, "?", List.of())},
            {with(acceptedUpTo(ARGUING, 5), complaintPenaltyProposed()), new ArchiveComplaintCommand(COMPLAINT)},
            {acceptedUpTo(ARGUING, 0), propose(List.of())}
        };
        for (Object[] step : steps) {
            @SuppressWarnings("unchecked")
            List<Object> given = (List<Object>) step[0];
            for (String role : List.of("SUPERVISOR", "CLERK")) {
                fixture()
                        .given(given)
                        .when(step[1], as(ENGINEER.value(), role))
                        .expectException(violationOf(ComplaintRule.COMPLAINT_ABOUT_ONESELF))
                        .expectNoEvents();
            }
        }
    }

    @Test
    void nothingIsRecordedOnAnArchivedComplaint_C4() {
        List<Object> archived = List.of(
                registered(ARGUING),
                rejected(),
                new ComplaintArchivedEvent(COMPLAINT, ComplaintStatus.REJECTED, new UserId(SUPERVISOR)));
        for (Object command : List.of(
                new ReviewComplaintCommand(COMPLAINT, true, true, ARGUING, REASONS),
                feedbackAt(Instant.parse("2025-03-10T08:00:00Z")),
                new ArchiveComplaintCommand(COMPLAINT),
                propose(List.of()))) {
            fixture()
                    .given(archived)
                    .when(command, supervisor())
                    .expectException(violationOf(ComplaintRule.COMPLAINT_ARCHIVED))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------- penalty (C5 → P1, P2)

    @Test
    void aSupervisorProposesThePenaltyOfASeriousFaultCitingTheComplaintAndItsFacts_C5_P1_P2() {
        fixture.given(acceptedUpTo(ARGUING, 1))
                .when(propose(List.of(RECORDING, TICKET_REF)), supervisor())
                .expectEvents(
                        complaintPenaltyProposed(),
                        penaltyProposed(List.of(COMPLAINT_REF, TICKET_REF, ORDER_REF, RECORDING)));
    }

    @Test
    void aCallbacksRepeatedRepairComplaintCitesTheCallbackAndTheLinkedReviews_C5_P2_R13() {
        fixture.given(
                        registered(ComplaintChannel.CALLBACK, CONCERN, null, CALLBACK, "system"),
                        new ComplaintAcceptedEvent(
                                COMPLAINT, REPEATED, REASONS, List.of(REVIEW_1, REVIEW_2), new UserId(SUPERVISOR)))
                .when(propose(List.of()), supervisor())
                .expectEvents(
                        complaintPenaltyProposed(),
                        penaltyProposed(List.of(
                                COMPLAINT_REF,
                                new EvidenceRef(EvidenceKind.CALLBACK, CALLBACK.eventId()),
                                TICKET_REF,
                                ORDER_REF,
                                new EvidenceRef(EvidenceKind.QUALITY_REVIEW, REVIEW_1.value()),
                                new EvidenceRef(EvidenceKind.QUALITY_REVIEW, REVIEW_2.value()))));
    }

    @Test
    void aComplaintAboutTheEngineerAloneCitesItself_P2() {
        ComplaintConcern engineerOnly = new ComplaintConcern(null, null, ENGINEER, null, null);
        fixture.given(
                        registered(ComplaintChannel.VISIT, engineerOnly, ARGUING, null, CLERK),
                        accepted(ComplaintCategory.SOLICITING_MONEY_GIFTS_OR_DEMANDS))
                .when(propose(List.of()), supervisor())
                .expectEvents(complaintPenaltyProposed(), penaltyProposed(List.of(COMPLAINT_REF)));
    }

    @Test
    void thePenaltyMayBeProposedAtAnyStepAfterTheAcceptanceUntilTheArchive_P1() {
        fixture.given(acceptedUpTo(ComplaintCategory.LATE_SERVICE_FOR_PERSONAL_REASONS, 5))
                .when(propose(List.of()), supervisor())
                .expectEvents(
                        complaintPenaltyProposed(), penaltyProposed(List.of(COMPLAINT_REF, TICKET_REF, ORDER_REF)));
    }

    @Test
    void aSeriousFaultAboutAnEngineerIsArchivedOnlyAfterItsPenaltyIsProposed_C5() {
        fixture.given(acceptedUpTo(ARGUING, 5))
                .when(new ArchiveComplaintCommand(COMPLAINT), supervisor())
                .expectException(violationOf(ComplaintRule.COMPLAINT_PENALTY_NOT_PROPOSED))
                .expectNoEvents();
        fixture()
                .given(with(acceptedUpTo(ARGUING, 5), complaintPenaltyProposed()))
                .when(new ArchiveComplaintCommand(COMPLAINT), supervisor())
                .expectEvents(
                        new ComplaintArchivedEvent(COMPLAINT, ComplaintStatus.RESULT_SENT, new UserId(SUPERVISOR)));
    }

    /** X8: an engineer never asks a customer for money or gifts; such a complaint owes its penalty (C5). */
    @Test
    void anEngineerWhoAskedForMoneyOwesAPenaltyBeforeTheComplaintIsArchived_X8_C5() {
        fixture.given(acceptedUpTo(ComplaintCategory.SOLICITING_MONEY_GIFTS_OR_DEMANDS, 5))
                .when(new ArchiveComplaintCommand(COMPLAINT), supervisor())
                .expectException(violationOf(ComplaintRule.COMPLAINT_PENALTY_NOT_PROPOSED))
                .expectNoEvents();
        fixture()
                .given(acceptedUpTo(ComplaintCategory.SOLICITING_MONEY_GIFTS_OR_DEMANDS, 5))
                .when(propose(List.of()), supervisor())
                .expectEvents(
                        complaintPenaltyProposed(), penaltyProposed(List.of(COMPLAINT_REF, TICKET_REF, ORDER_REF)));
    }

    @Test
    void aSeriousFaultAboutNoEngineerOrARejectedOneIsArchivedWithoutPenalty_C5() {
        ComplaintConcern ticketOnly = new ComplaintConcern(TICKET, null, null, null, null);
        fixture.given(
                        registered(ComplaintChannel.PHONE, ticketOnly, ARGUING, null, CLERK),
                        accepted(ARGUING),
                        analysed(),
                        planned(),
                        handled(),
                        feedback(),
                        new ComplaintResultSentEvent(
                                COMPLAINT, "已处理", List.of(new UserId(CLERK)), new UserId(SUPERVISOR)))
                .when(new ArchiveComplaintCommand(COMPLAINT), supervisor())
                .expectEvents(
                        new ComplaintArchivedEvent(COMPLAINT, ComplaintStatus.RESULT_SENT, new UserId(SUPERVISOR)));
        fixture()
                .given(registered(ARGUING), rejected())
                .when(new ArchiveComplaintCommand(COMPLAINT), supervisor())
                .expectEvents(new ComplaintArchivedEvent(COMPLAINT, ComplaintStatus.REJECTED, new UserId(SUPERVISOR)));
    }

    @Test
    void onlyAnAcceptedComplaintProposesAPenalty_P1() {
        for (List<Object> notAccepted :
                List.of(List.<Object>of(registered(ARGUING)), List.<Object>of(registered(ARGUING), rejected()))) {
            fixture()
                    .given(notAccepted)
                    .when(propose(List.of()), supervisor())
                    .expectException(violationOf(ComplaintRule.COMPLAINT_PENALTY_NOT_ACCEPTED))
                    .expectNoEvents();
        }
    }

    @Test
    void onlyASeriousFaultProposesAPenalty_C5() {
        fixture.given(acceptedUpTo(ComplaintCategory.REPAIR_QUALITY, 0))
                .when(propose(List.of()), supervisor())
                .expectException(violationOf(ComplaintRule.COMPLAINT_PENALTY_NOT_SERIOUS))
                .expectNoEvents();
    }

    @Test
    void aPenaltyIsProposedAgainstTheEngineerConcerned_C5() {
        fixture.given(
                        registered(
                                ComplaintChannel.PHONE,
                                new ComplaintConcern(TICKET, ORDER, null, SERIAL, null),
                                ARGUING,
                                null,
                                CLERK),
                        accepted(ARGUING))
                .when(propose(List.of()), supervisor())
                .expectException(violationOf(ComplaintRule.COMPLAINT_PENALTY_NO_ENGINEER))
                .expectNoEvents();
    }

    @Test
    void aComplaintProposesOnePenalty_P1() {
        fixture.given(with(acceptedUpTo(ARGUING, 0), complaintPenaltyProposed()))
                .when(propose(List.of()), supervisor())
                .expectException(violationOf(ComplaintRule.COMPLAINT_PENALTY_ALREADY_PROPOSED))
                .expectNoEvents();
    }

    @Test
    void aProposalNamesThePenaltySuggestsAKindAndSaysWhy_P1() {
        for (ProposeComplaintPenaltyCommand incomplete : List.of(
                new ProposeComplaintPenaltyCommand(COMPLAINT, null, PenaltyKind.FINE, "争吵", List.of()),
                new ProposeComplaintPenaltyCommand(COMPLAINT, PENALTY, null, "争吵", List.of()),
                new ProposeComplaintPenaltyCommand(COMPLAINT, PENALTY, PenaltyKind.FINE, " ", List.of()),
                new ProposeComplaintPenaltyCommand(COMPLAINT, PENALTY, PenaltyKind.FINE, null, null))) {
            fixture()
                    .given(acceptedUpTo(ARGUING, 0))
                    .when(incomplete, supervisor())
                    .expectException(violationOf(ComplaintRule.COMPLAINT_PENALTY_PROPOSAL_INCOMPLETE))
                    .expectNoEvents();
        }
    }

    @Test
    void onlyASupervisorProposesAComplaintsPenalty_P1() {
        for (Map<String, String> actor : List.of(clerk(), as("U-QA-ZHAO", "QUALITY"), as("U-MGR-SUN", "MANAGER"))) {
            fixture()
                    .given(acceptedUpTo(ARGUING, 0))
                    .when(propose(List.of()), actor)
                    .expectException(violationOf(ComplaintRule.COMPLAINT_PENALTY_PROPOSER_ROLE))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------- the feedback deadline (C4)

    @Test
    void noFeedbackByTheEndOfTheDueDayIsRecordedAsOverdueByTheSystem_C4() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGivenCommands(List.of(by(register(ARGUING), clerk())))
                .whenThenTimeAdvancesTo(OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("complaint-feedback-due")
                .expectEvents(new ComplaintFeedbackOverdueEvent(COMPLAINT, DUE_BY));
    }

    @Test
    void theDueDayItselfIsNotOverdue_C4() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGivenCommands(List.of(by(register(ARGUING), clerk())))
                .whenThenTimeAdvancesTo(OVERDUE_FROM.minusMillis(1))
                .expectNoEvents();
    }

    @Test
    void feedbackInTimeMeansTheDeadlineRecordsNothing_C4() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGivenCommands(List.of(by(register(ARGUING), clerk())))
                .andGiven(accepted(ARGUING), analysed(), planned(), handled(), feedback())
                .whenThenTimeAdvancesTo(OVERDUE_FROM.plus(Duration.ofDays(1)))
                .expectTriggeredDeadlinesWithName("complaint-feedback-due")
                .expectNoEvents();
    }

    @Test
    void aDeadlineFiringTwiceRecordsTheOverdueFeedbackOnce_C4() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGivenCommands(List.of(by(register(ARGUING), clerk())))
                .andGiven(new ComplaintFeedbackOverdueEvent(COMPLAINT, DUE_BY))
                .whenThenTimeAdvancesTo(OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("complaint-feedback-due")
                .expectNoEvents();
    }

    @Test
    void aRejectedComplaintsDeadlineRecordsNothing_C3_C4() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGivenCommands(List.of(
                        by(register(ARGUING), clerk()),
                        by(new ReviewComplaintCommand(COMPLAINT, true, false, null, "客户要求超出服务范围"), supervisor())))
                .whenThenTimeAdvancesTo(OVERDUE_FROM)
                .expectTriggeredDeadlinesWithName("complaint-feedback-due")
                .expectNoEvents();
    }

    @Test
    void anAcceptedComplaintStillWaitingForFeedbackIsOverdue_C4() {
        fixture.givenCurrentTime(REGISTERED_AT)
                .andGivenCommands(List.of(
                        by(register(ARGUING), clerk()),
                        by(new ReviewComplaintCommand(COMPLAINT, true, true, null, REASONS), supervisor())))
                .andGiven(analysed(), planned(), handled())
                .whenThenTimeAdvancesTo(OVERDUE_FROM)
                .expectEvents(new ComplaintFeedbackOverdueEvent(COMPLAINT, DUE_BY));
    }
}
