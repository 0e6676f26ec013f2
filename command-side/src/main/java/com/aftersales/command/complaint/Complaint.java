package com.aftersales.command.complaint;

import static com.aftersales.command.complaint.ComplaintRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.AnalyseComplaintCauseCommand;
import com.aftersales.api.complaint.ArchiveComplaintCommand;
import com.aftersales.api.complaint.CallbackRef;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintArchivedEvent;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCauseAnalysedEvent;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintFeedbackGivenEvent;
import com.aftersales.api.complaint.ComplaintFeedbackOverdueEvent;
import com.aftersales.api.complaint.ComplaintHandledEvent;
import com.aftersales.api.complaint.ComplaintHandlingPlannedEvent;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintPenaltyProposedEvent;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.api.complaint.ComplaintResultSentEvent;
import com.aftersales.api.complaint.ComplaintStatus;
import com.aftersales.api.complaint.PlanComplaintHandlingCommand;
import com.aftersales.api.complaint.ProposeComplaintPenaltyCommand;
import com.aftersales.api.complaint.RecordComplaintFeedbackCommand;
import com.aftersales.api.complaint.RecordComplaintHandlingCommand;
import com.aftersales.api.complaint.RegisterComplaintCommand;
import com.aftersales.api.complaint.ReviewComplaintCommand;
import com.aftersales.api.complaint.SendComplaintResultCommand;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.command.organisation.Superiors;
import com.aftersales.command.penalty.Penalty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A complaint form (客户投诉处理单, C1–C5). Registered by a CLERK or a SUPERVISOR (or by the system
 * for a complaint a callback revealed, T11), reviewed by a SUPERVISOR for authenticity and
 * reasonableness (C3), then, if accepted, analysed, planned, handled, fed back to the customer,
 * its result sent to the people involved and their superior, and archived (C4); a rejected one is
 * archived, after its feedback if the customer is told. Each step follows the one before it. A
 * serious service fault (C5) about an engineer proposes a penalty, created here in the same unit
 * of work (P1), and is not archived without one. The engineer concerned acts on none of the steps
 * after registration (S2). The feedback is due a number of working days after registration: a
 * persistent deadline fires when it is overdue and records that once, if the customer had not
 * heard back and the complaint was not rejected. Deadlines are never cancelled; the handler judges
 * by the recorded state. Times come from the commands and the fired deadline: this class reads no
 * clock.
 */
@Aggregate
public class Complaint {
    private static final Set<String> REGISTRARS = Set.of(Role.CLERK.name(), Role.SUPERVISOR.name());
    private static final Set<String> SUPERVISOR = Set.of(Role.SUPERVISOR.name());
    private static final Set<String> SUPERVISOR_OR_CLERK = Set.of(Role.SUPERVISOR.name(), Role.CLERK.name());

    @AggregateIdentifier
    private ComplaintId complaintId;

    private ComplaintStatus status;
    private ComplaintConcern concern;
    private CallbackRef callback;
    private ComplaintCategory category;
    private LocalDate feedbackDueBy;
    private Instant feedbackOverdueFrom;
    private boolean accepted;
    private boolean rejected;
    private boolean feedbackGiven;
    private boolean overdueRecorded;
    private boolean penaltyProposed;
    private List<QualityReviewId> linkedReviews = List.of();

    protected Complaint() {
        // for event sourcing, and for the registration
    }

    /**
     * C1, C2: registers the form and starts the wait for the customer's feedback (C4). A complaint
     * that is registered already (a redelivered callback) stays as it is. Answers whether this
     * registered it.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(
            RegisterComplaintCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            ComplaintFeedbackCalendar calendar,
            DeadlineManager deadlines) {
        if (status != null) {
            return false;
        }
        require(
                command.channel() != null,
                ComplaintRule.COMPLAINT_CHANNEL_REQUIRED,
                "C1: say how the complaint came: by phone, letter or visit");
        boolean fromCallback = command.channel() == ComplaintChannel.CALLBACK;
        require(
                fromCallback == (command.callback() != null),
                ComplaintRule.COMPLAINT_CALLBACK_MISMATCH,
                "C1: a complaint from a callback names that callback, and only such a complaint does (T11)");
        boolean registrar = fromCallback ? ActorMetadata.SYSTEM_ROLE.equals(role) : in(role, REGISTRARS);
        require(
                registrar,
                ComplaintRule.COMPLAINT_REGISTRAR_ROLE,
                "C2: a CLERK or a SUPERVISOR registers a complaint, the system the one a callback revealed; not "
                        + role);
        require(
                command.customerId() != null,
                ComplaintRule.COMPLAINT_CUSTOMER_REQUIRED,
                "C2: the form names the customer who complains");
        require(
                command.concern() != null && command.concern().namesSomething(),
                ComplaintRule.COMPLAINT_CONCERN_REQUIRED,
                "C2: name the ticket, the repair order or the engineer the complaint concerns");
        require(
                hasText(command.content()),
                ComplaintRule.COMPLAINT_CONTENT_REQUIRED,
                "C2: the form holds what the customer complains of");
        require(
                command.registeredAt() != null,
                ComplaintRule.COMPLAINT_TIME_REQUIRED,
                "C2: the form holds the time it was registered at");
        ComplaintFeedbackDue due = calendar.feedbackDue(command.registeredAt());
        apply(new ComplaintRegisteredEvent(
                command.complaintId(),
                command.channel(),
                command.customerId(),
                command.concern(),
                command.category(),
                command.content().strip(),
                command.registeredAt(),
                command.callback(),
                due.dueBy(),
                due.overdueFrom(),
                due.workingDays(),
                due.policyVersion(),
                due.calendarVersion(),
                new UserId(actor)));
        deadlines.schedule(
                due.overdueFrom(), ComplaintFeedbackDeadline.NAME, new ComplaintFeedbackDeadline(due.dueBy()));
        return true;
    }

    /**
     * C3: accepted exactly when authentic and reasonable, in the review's category or else the
     * registered one; C5 → R13: a repeated-repair complaint links the repeat reviews of its unit.
     */
    @CommandHandler
    void handle(
            ReviewComplaintCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            RepeatReviews repeats) {
        requireActor(actor, role, SUPERVISOR, ComplaintRule.COMPLAINT_REVIEWER_ROLE);
        require(
                status == ComplaintStatus.REGISTERED,
                ComplaintRule.COMPLAINT_ALREADY_REVIEWED,
                "C3: complaint " + complaintId + " is reviewed already (" + status + ")");
        require(
                hasText(command.reasons()),
                ComplaintRule.COMPLAINT_REVIEW_REASONS_REQUIRED,
                "C3: a review gives its reasons");
        UserId reviewer = new UserId(actor);
        if (!command.authentic() || !command.reasonable()) {
            apply(new ComplaintRejectedEvent(
                    complaintId, command.authentic(), command.reasonable(), command.reasons(), reviewer));
            return;
        }
        ComplaintCategory acceptedAs = command.category() != null ? command.category() : category;
        require(
                acceptedAs != null,
                ComplaintRule.COMPLAINT_CATEGORY_REQUIRED,
                "C3: an accepted complaint has a category");
        List<QualityReviewId> linked =
                acceptedAs == ComplaintCategory.REPEATED_REPAIR_FOR_PERSONAL_REASONS && hasText(concern.serialNumber())
                        ? repeats.ofSerial(concern.serialNumber())
                        : List.of();
        apply(new ComplaintAcceptedEvent(complaintId, acceptedAs, command.reasons(), linked, reviewer));
    }

    /** C4: the cause analysis, by a SUPERVISOR, right after the acceptance. */
    @CommandHandler
    void handle(
            AnalyseComplaintCauseCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireStep(actor, role, SUPERVISOR, ComplaintStatus.ACCEPTED);
        require(
                command.cause() != null && hasText(command.analysis()),
                ComplaintRule.COMPLAINT_CAUSE_REQUIRED,
                "C4: name the cause and say how it was found");
        apply(new ComplaintCauseAnalysedEvent(complaintId, command.cause(), command.analysis(), new UserId(actor)));
    }

    /** C4: the handling plan, by a SUPERVISOR, after the cause analysis. */
    @CommandHandler
    void handle(
            PlanComplaintHandlingCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireStep(actor, role, SUPERVISOR, ComplaintStatus.CAUSE_ANALYSED);
        require(hasText(command.plan()), ComplaintRule.COMPLAINT_PLAN_REQUIRED, "C4: the plan says what will be done");
        apply(new ComplaintHandlingPlannedEvent(complaintId, command.plan(), new UserId(actor)));
    }

    /** C4: what was done, by a SUPERVISOR or a CLERK, after the plan. */
    @CommandHandler
    void handle(
            RecordComplaintHandlingCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireStep(actor, role, SUPERVISOR_OR_CLERK, ComplaintStatus.HANDLING_PLANNED);
        require(
                hasText(command.actions()),
                ComplaintRule.COMPLAINT_ACTIONS_REQUIRED,
                "C4: the handling says what was done");
        apply(new ComplaintHandledEvent(complaintId, command.actions(), new UserId(actor)));
    }

    /**
     * C4: the customer heard back, by a SUPERVISOR or a CLERK: after the handling, or once after a
     * rejection (the customer is told). On time when before the start of the day after the due day.
     */
    @CommandHandler
    void handle(
            RecordComplaintFeedbackCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireActor(actor, role, SUPERVISOR_OR_CLERK, ComplaintRule.COMPLAINT_HANDLER_ROLE);
        require(
                status == ComplaintStatus.HANDLED || (rejected && !feedbackGiven),
                ComplaintRule.COMPLAINT_STEP_OUT_OF_ORDER,
                "C4: the customer hears back after the handling, or once after a rejection; complaint " + complaintId
                        + " is " + status);
        require(
                command.method() != null && hasText(command.customerResponse()) && command.givenAt() != null,
                ComplaintRule.COMPLAINT_FEEDBACK_INCOMPLETE,
                "C4: say how and when the customer heard back, and what they answered");
        apply(new ComplaintFeedbackGivenEvent(
                complaintId,
                command.method(),
                command.customerResponse(),
                command.customerSatisfied(),
                command.givenAt(),
                feedbackDueBy,
                command.givenAt().isBefore(feedbackOverdueFrom),
                new UserId(actor)));
    }

    /**
     * C4: the result goes to the engineer concerned, their superior on the organisation chart (T8)
     * and {@code alsoTo}, each once; by a SUPERVISOR, after the feedback.
     */
    @CommandHandler
    void handle(
            SendComplaintResultCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            Superiors superiors) {
        requireStep(actor, role, SUPERVISOR, ComplaintStatus.FEEDBACK_GIVEN);
        require(
                hasText(command.summary()),
                ComplaintRule.COMPLAINT_RESULT_SUMMARY_REQUIRED,
                "C4: the result says what it was");
        LinkedHashSet<UserId> recipients = new LinkedHashSet<>();
        UserId engineer = concern.engineerId();
        if (engineer != null) {
            recipients.add(engineer);
            superiors.superiorOf(engineer).ifPresent(recipients::add);
        }
        recipients.addAll(command.alsoTo());
        require(
                !recipients.isEmpty(),
                ComplaintRule.COMPLAINT_RESULT_RECIPIENTS_REQUIRED,
                "C4: the result goes to the people involved and their supervisor: name at least one");
        apply(new ComplaintResultSentEvent(
                complaintId, command.summary(), new ArrayList<>(recipients), new UserId(actor)));
    }

    /**
     * C4: archived by a SUPERVISOR once the result is sent, or after a rejection. C5: an accepted
     * serious fault about an engineer waits for its penalty's proposal.
     */
    @CommandHandler
    void handle(
            ArchiveComplaintCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        requireActor(actor, role, SUPERVISOR, ComplaintRule.COMPLAINT_HANDLER_ROLE);
        require(
                status == ComplaintStatus.RESULT_SENT || rejected,
                ComplaintRule.COMPLAINT_STEP_OUT_OF_ORDER,
                "C4: a complaint is archived once its result is sent, or after a rejection; complaint " + complaintId
                        + " is " + status);
        require(
                !penaltyDue() || penaltyProposed,
                ComplaintRule.COMPLAINT_PENALTY_NOT_PROPOSED,
                "C5: " + category + " is a serious service fault of " + concern.engineerId()
                        + ": propose the penalty before archiving");
        apply(new ComplaintArchivedEvent(complaintId, status, new UserId(actor)));
    }

    /**
     * C5 → P1: an accepted serious fault proposes a penalty against the engineer concerned, once,
     * by a SUPERVISOR who is not that engineer. The penalty is created in this unit of work, citing
     * the complaint, its callback, ticket, repair order and linked repeat reviews, then the rest.
     */
    @CommandHandler
    void handle(
            ProposeComplaintPenaltyCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role)
            throws Exception {
        requireActor(actor, role, SUPERVISOR, ComplaintRule.COMPLAINT_PENALTY_PROPOSER_ROLE);
        require(
                accepted,
                ComplaintRule.COMPLAINT_PENALTY_NOT_ACCEPTED,
                "P1: a penalty is proposed from an accepted complaint; complaint " + complaintId + " is " + status);
        require(
                category.serious(),
                ComplaintRule.COMPLAINT_PENALTY_NOT_SERIOUS,
                "C5: " + category + " is no serious service fault");
        require(
                concern.engineerId() != null,
                ComplaintRule.COMPLAINT_PENALTY_NO_ENGINEER,
                "C5: the complaint concerns no engineer to propose a penalty against");
        require(
                !penaltyProposed,
                ComplaintRule.COMPLAINT_PENALTY_ALREADY_PROPOSED,
                "P1: complaint " + complaintId + " has proposed its penalty already");
        require(
                command.penaltyId() != null && command.proposedKind() != null && hasText(command.reason()),
                ComplaintRule.COMPLAINT_PENALTY_PROPOSAL_INCOMPLETE,
                "P1: a proposal names the penalty, suggests a kind by severity and says why");
        UserId subject = concern.engineerId();
        apply(new ComplaintPenaltyProposedEvent(
                complaintId, command.penaltyId(), subject, command.proposedKind(), new UserId(actor)));
        List<EvidenceRef> evidence = evidence(command.evidence());
        createNew(
                Penalty.class,
                () -> new Penalty(
                        command.penaltyId(),
                        PenaltySource.COMPLAINT,
                        complaintId.value(),
                        subject,
                        evidence,
                        command.proposedKind(),
                        command.reason(),
                        actor,
                        role));
    }

    /**
     * C4: the feedback was due by {@code deadline.feedbackDueBy()}. Overdue if the customer has not
     * heard back and the complaint was not rejected (an archived complaint was one or the other);
     * recorded once, as a deadline may fire twice.
     */
    @DeadlineHandler(deadlineName = ComplaintFeedbackDeadline.NAME)
    void feedbackDue(ComplaintFeedbackDeadline deadline) {
        if (!feedbackGiven && !rejected && !overdueRecorded) {
            apply(new ComplaintFeedbackOverdueEvent(complaintId, deadline.feedbackDueBy()));
        }
    }

    /** C5: an accepted serious fault about an engineer owes a penalty proposal. */
    private boolean penaltyDue() {
        return accepted && category.serious() && concern.engineerId() != null;
    }

    /** P2: the complaint first, then the facts it names, then what the proposal cites; each once. */
    private List<EvidenceRef> evidence(List<EvidenceRef> cited) {
        LinkedHashSet<EvidenceRef> evidence = new LinkedHashSet<>();
        evidence.add(new EvidenceRef(EvidenceKind.COMPLAINT, complaintId.value()));
        if (callback != null) {
            evidence.add(new EvidenceRef(EvidenceKind.CALLBACK, callback.eventId()));
        }
        if (concern.ticketId() != null) {
            evidence.add(new EvidenceRef(EvidenceKind.TICKET, concern.ticketId().value()));
        }
        if (concern.repairOrderId() != null) {
            evidence.add(new EvidenceRef(
                    EvidenceKind.REPAIR_ORDER, concern.repairOrderId().value()));
        }
        for (QualityReviewId review : linkedReviews) {
            evidence.add(new EvidenceRef(EvidenceKind.QUALITY_REVIEW, review.value()));
        }
        evidence.addAll(cited);
        return new ArrayList<>(evidence);
    }

    /** C4: a step of the handling, in its role, right after {@code previous}. */
    private void requireStep(String actor, String role, Set<String> roles, ComplaintStatus previous) {
        requireActor(actor, role, roles, ComplaintRule.COMPLAINT_HANDLER_ROLE);
        require(
                status == previous,
                ComplaintRule.COMPLAINT_STEP_OUT_OF_ORDER,
                "C4: this step follows " + previous + "; complaint " + complaintId + " is " + status);
    }

    /** C4: not after the archive; S2: not the engineer concerned; then the step's roles. */
    private void requireActor(String actor, String role, Set<String> roles, ComplaintRule roleRule) {
        require(
                status != ComplaintStatus.ARCHIVED,
                ComplaintRule.COMPLAINT_ARCHIVED,
                "C4: complaint " + complaintId + " is archived");
        require(
                !new UserId(actor).equals(concern.engineerId()),
                ComplaintRule.COMPLAINT_ABOUT_ONESELF,
                "S2: " + actor + " is the engineer this complaint concerns and may not act on it");
        require(
                in(role, roles),
                roleRule,
                "this step is taken in the role " + String.join(" or ", roles) + ", not " + role);
    }

    /** Whether {@code role} is one of {@code roles}; no role is none of them. */
    private static boolean in(String role, Set<String> roles) {
        return role != null && roles.contains(role);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    @EventSourcingHandler
    void on(ComplaintRegisteredEvent event) {
        complaintId = event.complaintId();
        status = ComplaintStatus.REGISTERED;
        concern = event.concern();
        callback = event.callback();
        category = event.category();
        feedbackDueBy = event.feedbackDueBy();
        feedbackOverdueFrom = event.feedbackOverdueFrom();
    }

    @EventSourcingHandler
    void on(ComplaintAcceptedEvent event) {
        status = ComplaintStatus.ACCEPTED;
        accepted = true;
        category = event.category();
        linkedReviews = event.linkedQualityReviews();
    }

    @EventSourcingHandler
    void on(ComplaintRejectedEvent event) {
        status = ComplaintStatus.REJECTED;
        rejected = true;
    }

    @EventSourcingHandler
    void on(ComplaintCauseAnalysedEvent event) {
        status = ComplaintStatus.CAUSE_ANALYSED;
    }

    @EventSourcingHandler
    void on(ComplaintHandlingPlannedEvent event) {
        status = ComplaintStatus.HANDLING_PLANNED;
    }

    @EventSourcingHandler
    void on(ComplaintHandledEvent event) {
        status = ComplaintStatus.HANDLED;
    }

    /** A rejected complaint's feedback is one more fact: it stays REJECTED until it is archived. */
    @EventSourcingHandler
    void on(ComplaintFeedbackGivenEvent event) {
        feedbackGiven = true;
        if (!rejected) {
            status = ComplaintStatus.FEEDBACK_GIVEN;
        }
    }

    @EventSourcingHandler
    void on(ComplaintFeedbackOverdueEvent event) {
        overdueRecorded = true;
    }

    @EventSourcingHandler
    void on(ComplaintResultSentEvent event) {
        status = ComplaintStatus.RESULT_SENT;
    }

    @EventSourcingHandler
    void on(ComplaintPenaltyProposedEvent event) {
        penaltyProposed = true;
    }

    @EventSourcingHandler
    void on(ComplaintArchivedEvent event) {
        status = ComplaintStatus.ARCHIVED;
    }
}
