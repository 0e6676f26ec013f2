package com.aftersales.query.complaint;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintArchivedEvent;
import com.aftersales.api.complaint.ComplaintCauseAnalysedEvent;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintFeedbackGivenEvent;
import com.aftersales.api.complaint.ComplaintFeedbackOverdueEvent;
import com.aftersales.api.complaint.ComplaintHandledEvent;
import com.aftersales.api.complaint.ComplaintHandlingPlannedEvent;
import com.aftersales.api.complaint.ComplaintPenaltyProposedEvent;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.complaint.ComplaintRejectedEvent;
import com.aftersales.api.complaint.ComplaintResultSentEvent;
import com.aftersales.api.complaint.ComplaintStatus;
import com.aftersales.api.quality.QualityReviewId;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The complaint register (C1–C5): one row per complaint with where it stands and what each step
 * recorded, the day of registration in the company zone for the month filter and the periodic
 * analysis. Every row is guarded by the complaint's sequence number, so a redelivered or replayed
 * event changes nothing; one segment, so a complaint's steps apply in their order. Who did each
 * step in which role is read from the event store by {@link ComplaintQueries}, not copied here.
 */
@ProcessingGroup(ComplaintRegisterProjection.PROCESSING_GROUP)
public class ComplaintRegisterProjection {
    public static final String PROCESSING_GROUP = "complaint-register";

    private final JdbcTemplate jdbc;
    private final ZoneId companyZone;

    public ComplaintRegisterProjection(JdbcTemplate jdbc, ZoneId companyZone) {
        this.jdbc = jdbc;
        this.companyZone = companyZone;
    }

    @EventHandler
    void on(
            ComplaintRegisteredEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        ComplaintConcern concern = e.concern();
        jdbc.update(
                """
                insert into complaint_view(complaint_id, channel, customer_id, ticket_id, repair_order_id, engineer_id,
                    serial_number, product_model, category, status, content, registered_at, registered_on,
                    registered_by, callback_ticket_id, callback_sequence, callback_event_id, feedback_due_by,
                    feedback_overdue_from, feedback_working_days, last_changed_at, complaint_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (complaint_id) do nothing""",
                e.complaintId().value(),
                e.channel().name(),
                e.customerId() == null ? null : e.customerId().value(),
                concern == null || concern.ticketId() == null
                        ? null
                        : concern.ticketId().value(),
                concern == null || concern.repairOrderId() == null
                        ? null
                        : concern.repairOrderId().value(),
                concern == null || concern.engineerId() == null
                        ? null
                        : concern.engineerId().value(),
                concern == null ? null : concern.serialNumber(),
                concern == null ? null : concern.productModel(),
                e.category() == null ? null : e.category().name(),
                e.content() == null ? "" : e.content(),
                Timestamp.from(e.registeredAt()),
                Date.valueOf(LocalDate.ofInstant(e.registeredAt(), companyZone)),
                e.registeredBy() == null ? actor : e.registeredBy().value(),
                e.callback() == null ? null : e.callback().ticketId().value(),
                e.callback() == null ? null : e.callback().sequenceNumber(),
                e.callback() == null ? null : e.callback().eventId(),
                e.feedbackDueBy() == null ? null : Date.valueOf(e.feedbackDueBy()),
                e.feedbackOverdueFrom() == null ? null : Timestamp.from(e.feedbackOverdueFrom()),
                e.feedbackWorkingDays(),
                Timestamp.from(at),
                version);
    }

    @EventHandler
    void on(
            ComplaintAcceptedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(
                e.complaintId().value(),
                "status = 'ACCEPTED', accepted = true, authentic = true, reasonable = true, category = ?,"
                        + " review_reasons = ?, reviewed_by = ?, reviewed_at = ?, linked_quality_reviews = ?",
                at,
                version,
                e.category() == null ? null : e.category().name(),
                e.reasons(),
                e.reviewedBy() == null ? null : e.reviewedBy().value(),
                Timestamp.from(at),
                e.linkedQualityReviews().stream().map(QualityReviewId::value).toArray(String[]::new));
    }

    @EventHandler
    void on(
            ComplaintRejectedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(
                e.complaintId().value(),
                "status = 'REJECTED', accepted = false, authentic = ?, reasonable = ?, review_reasons = ?,"
                        + " reviewed_by = ?, reviewed_at = ?",
                at,
                version,
                e.authentic(),
                e.reasonable(),
                e.reasons(),
                e.reviewedBy() == null ? null : e.reviewedBy().value(),
                Timestamp.from(at));
    }

    @EventHandler
    void on(
            ComplaintCauseAnalysedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(
                e.complaintId().value(),
                "status = 'CAUSE_ANALYSED', cause = ?, cause_analysis = ?, analysed_by = ?",
                at,
                version,
                e.cause() == null ? null : e.cause().name(),
                e.analysis(),
                e.analysedBy() == null ? null : e.analysedBy().value());
    }

    @EventHandler
    void on(
            ComplaintHandlingPlannedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(
                e.complaintId().value(),
                "status = 'HANDLING_PLANNED', handling_plan = ?, planned_by = ?",
                at,
                version,
                e.plan(),
                e.plannedBy() == null ? null : e.plannedBy().value());
    }

    @EventHandler
    void on(
            ComplaintHandledEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(
                e.complaintId().value(),
                "status = 'HANDLED', handling_actions = ?, handled_by = ?",
                at,
                version,
                e.actions(),
                e.handledBy() == null ? null : e.handledBy().value());
    }

    /** A rejected complaint's customer may hear back too; it stays REJECTED until archived. */
    @EventHandler
    void on(
            ComplaintFeedbackGivenEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(
                e.complaintId().value(),
                "status = case when accepted is false then status else 'FEEDBACK_GIVEN' end,"
                        + " feedback_method = ?, customer_response = ?, customer_satisfied = ?, feedback_given_at = ?,"
                        + " feedback_on_time = ?, feedback_given_by = ?, feedback_due_by = coalesce(?, feedback_due_by)",
                at,
                version,
                e.method() == null ? null : e.method().name(),
                e.customerResponse(),
                e.customerSatisfied(),
                e.givenAt() == null ? Timestamp.from(at) : Timestamp.from(e.givenAt()),
                e.onTime(),
                e.givenBy() == null ? null : e.givenBy().value(),
                e.feedbackDueBy() == null ? null : Date.valueOf(e.feedbackDueBy()));
    }

    @EventHandler
    void on(
            ComplaintFeedbackOverdueEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(e.complaintId().value(), "overdue_recorded = true", at, version);
    }

    @EventHandler
    void on(
            ComplaintResultSentEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(
                e.complaintId().value(),
                "status = 'RESULT_SENT', result_summary = ?, result_recipients = ?, result_sent_by = ?",
                at,
                version,
                e.summary(),
                e.recipients().stream().map(r -> r.value()).toArray(String[]::new),
                e.sentBy() == null ? null : e.sentBy().value());
    }

    @EventHandler
    void on(
            ComplaintArchivedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(
                e.complaintId().value(),
                "status = '" + ComplaintStatus.ARCHIVED.name()
                        + "', archived_from = ?, archived_by = ?, archived_at = ?",
                at,
                version,
                e.archivedFrom() == null ? null : e.archivedFrom().name(),
                e.archivedBy() == null ? null : e.archivedBy().value(),
                Timestamp.from(at));
    }

    @EventHandler
    void on(
            ComplaintPenaltyProposedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        change(
                e.complaintId().value(),
                "penalty_id = ?, penalty_kind = ?, penalty_proposed_by = ?",
                at,
                version,
                e.penaltyId().value(),
                e.proposedKind() == null ? null : e.proposedKind().name(),
                e.proposedBy() == null ? null : e.proposedBy().value());
    }

    /** One guarded update: applied only when {@code version} is newer than the row's. */
    private void change(String complaintId, String assignments, Instant at, long version, Object... values) {
        Object[] arguments = new Object[values.length + 4];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = Timestamp.from(at);
        arguments[values.length + 1] = version;
        arguments[values.length + 2] = complaintId;
        arguments[values.length + 3] = version;
        jdbc.update(
                "update complaint_view set " + assignments + ", last_changed_at = ?, complaint_version = ?"
                        + " where complaint_id = ? and complaint_version < ?",
                arguments);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from complaint_view");
    }
}
