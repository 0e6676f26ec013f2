package com.aftersales.query.review;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintAcceptedEvent;
import com.aftersales.api.complaint.ComplaintRegisteredEvent;
import com.aftersales.api.policy.PolicySettingsChangedEvent;
import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.quality.QualityReviewDecidedEvent;
import com.aftersales.api.quality.QualityReviewDecisionRevisedEvent;
import com.aftersales.api.repair.RepairQcFailedEvent;
import com.aftersales.api.repair.RepairQcPassedEvent;
import com.aftersales.api.review.DisputeDecision;
import com.aftersales.api.review.ReviewDisputeDecidedEvent;
import com.aftersales.api.review.ReviewItemDisputedEvent;
import com.aftersales.api.review.ReviewMetric;
import com.aftersales.api.ticket.CallbackRecordedEvent;
import com.aftersales.api.ticket.EngineerArrivedEvent;
import com.aftersales.api.ticket.EngineerAssignedEvent;
import com.aftersales.api.ticket.ServiceReportSubmittedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import com.aftersales.api.ticket.SlaBreachedEvent;
import com.aftersales.api.ticket.SlaClock;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Engineer reviews (E1–E3): every fact that counts in a review as a row of {@code review_fact}
 * (engineer, month in the company zone, metric, amount, and the event behind it: id, global index,
 * type, aggregate, who in which role and when), and its monthly sum in {@code review_month_total},
 * upserted in the same transaction. A fact is keyed by (event, metric, engineer): a redelivered or
 * replayed event inserts nothing and adds nothing twice. Context tables say which engineer a ticket
 * or a complaint concerns and which SLA clocks a ticket has. Disputes (E2) are kept with their
 * decision; an item decided ITEM_REMOVED leaves the sums, and its facts stay listed.
 *
 * <p>One segment: a ticket's assignment is applied before its breaches, a complaint's registration
 * before its acceptance, a dispute before its decision.
 */
@ProcessingGroup(EngineerReviewProjection.PROCESSING_GROUP)
public class EngineerReviewProjection {
    public static final String PROCESSING_GROUP = "engineer-reviews";

    private final JdbcTemplate jdbc;
    private final ZoneId companyZone;

    public EngineerReviewProjection(JdbcTemplate jdbc, ZoneId companyZone) {
        this.jdbc = jdbc;
        this.companyZone = companyZone;
    }

    // ------------------------------------------------------------------ policy (weights)

    @EventHandler
    void on(PolicySettingsChangedEvent e, EventMessage<?> message) {
        ReviewSettings r = e.settings().review();
        jdbc.update(
                """
                insert into review_policy_version(version, recorded_at, quality_weight, attitude_weight, speed_weight,
                    satisfaction_weight, points_per_repeat_repair, points_per_qc_failure, points_per_accepted_complaint)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (version) do nothing""",
                e.version(),
                Timestamp.from(message.getTimestamp()),
                r.qualityWeight(),
                r.attitudeWeight(),
                r.speedWeight(),
                r.satisfactionWeight(),
                r.pointsPerRepeatRepair(),
                r.pointsPerQcFailure(),
                r.pointsPerAcceptedComplaint());
    }

    // ------------------------------------------------------------------ tickets: speed, attitude base, ratings

    @EventHandler
    void on(ServiceTicketRegisteredEvent e) {
        List<String> clocks = new ArrayList<>();
        if (e.planDueAt() != null) {
            clocks.add(SlaClock.PLAN.name());
        }
        if (e.onSiteDueAt() != null) {
            clocks.add(SlaClock.ON_SITE.name());
        }
        if (e.fixDueAt() != null) {
            clocks.add(SlaClock.FIX.name());
        }
        jdbc.update(
                "insert into review_ticket(ticket_id, engineer_id, clocks, breached) values (?, null, ?, '{}')"
                        + " on conflict (ticket_id) do nothing",
                e.ticketId().value(),
                clocks.toArray(String[]::new));
    }

    /**
     * The engineer takes the ticket with the SLA clocks still to run on it (those it has and has not
     * breached; the response clock stops with the first assignment; an installation deadline starts
     * its own), and serves the ticket (counted once per ticket and engineer).
     */
    @EventHandler
    void on(EngineerAssignedEvent e, EventMessage<?> message, TrackingToken token) {
        String ticket = e.ticketId().value();
        jdbc.update(
                "insert into review_ticket(ticket_id, engineer_id, clocks, breached) values (?, null, '{}', '{}')"
                        + " on conflict (ticket_id) do nothing",
                ticket);
        if (e.contractDeadline() != null) {
            jdbc.update(
                    "update review_ticket set clocks = array_append(clocks, 'INSTALLATION') where ticket_id = ?"
                            + " and not ('INSTALLATION' = any(clocks))",
                    ticket);
        }
        String engineer = e.engineerId().value();
        jdbc.update("update review_ticket set engineer_id = ? where ticket_id = ?", engineer, ticket);
        Integer running = jdbc.queryForObject(
                "select cardinality(array(select unnest(clocks) except select unnest(breached)))"
                        + " from review_ticket where ticket_id = ?",
                Integer.class,
                ticket);
        if (running != null && running > 0) {
            fact(ReviewMetric.SLA_CLOCKS, engineer, running, ticket, ticket, message, token);
        }
        int served = jdbc.update(
                "insert into review_ticket_engineer(ticket_id, engineer_id) values (?, ?) on conflict do nothing",
                ticket,
                engineer);
        if (served == 1) {
            fact(ReviewMetric.TICKET_SERVED, engineer, 1, ticket, ticket, message, token);
        }
    }

    /** A breach counts against the engineer assigned when it happens; before any assignment, against nobody. */
    @EventHandler
    void on(SlaBreachedEvent e, EventMessage<?> message, TrackingToken token) {
        String ticket = e.ticketId().value();
        List<String> engineers = jdbc.queryForList(
                "update review_ticket set breached = case when ? = any(breached) then breached"
                        + " else array_append(breached, ?) end where ticket_id = ? returning engineer_id",
                String.class,
                e.clock().name(),
                e.clock().name(),
                ticket);
        if (!engineers.isEmpty() && engineers.get(0) != null) {
            fact(ReviewMetric.SLA_BREACHED, engineers.get(0), 1, ticket, ticket, message, token);
        }
    }

    @EventHandler
    void on(EngineerArrivedEvent e, EventMessage<?> message, TrackingToken token) {
        String ticket = e.ticketId().value();
        String engineer = e.engineerId().value();
        fact(ReviewMetric.ARRIVALS, engineer, 1, ticket, ticket, message, token);
        if (e.onTime()) {
            fact(ReviewMetric.ARRIVALS_ON_TIME, engineer, 1, ticket, ticket, message, token);
        }
    }

    @EventHandler
    void on(ServiceReportSubmittedEvent e, EventMessage<?> message, TrackingToken token) {
        rating(e.engineerId().value(), e.ticketId().value(), e.satisfaction(), message, token);
    }

    /** A callback rates the ticket's engineer at the time of the callback. */
    @EventHandler
    void on(CallbackRecordedEvent e, EventMessage<?> message, TrackingToken token) {
        String ticket = e.ticketId().value();
        String engineer = engineerOfTicket(ticket);
        if (engineer != null) {
            rating(engineer, ticket, e.satisfaction(), message, token);
        }
    }

    private void rating(String engineer, String ticket, int satisfaction, EventMessage<?> message, TrackingToken t) {
        fact(ReviewMetric.RATINGS, engineer, 1, ticket, ticket, message, t);
        fact(ReviewMetric.RATING_POINTS, engineer, satisfaction, ticket, ticket, message, t);
    }

    // ------------------------------------------------------------------ repairs and quality reviews

    @EventHandler
    void on(RepairQcFailedEvent e, EventMessage<?> message, TrackingToken token) {
        if (e.engineerId() != null) {
            fact(
                    ReviewMetric.QC_FAILED,
                    e.engineerId().value(),
                    1,
                    e.repairOrderId().value(),
                    null,
                    message,
                    token);
        }
    }

    @EventHandler
    void on(RepairQcPassedEvent e, EventMessage<?> message, TrackingToken token) {
        if (e.engineerId() != null) {
            fact(
                    ReviewMetric.QC_PASSED,
                    e.engineerId().value(),
                    1,
                    e.repairOrderId().value(),
                    null,
                    message,
                    token);
        }
    }

    @EventHandler
    void on(QualityReviewDecidedEvent e, EventMessage<?> message, TrackingToken token) {
        attribute(e.reviewId().value(), e.countsAgainst(), message, token);
    }

    /**
     * A corrected decision moves the repeat repair: the engineer it counted against until now gets a
     * fact of −1 from this event (listed, so the correction is explained), the one it counts against
     * from now on a fact of +1. A correction that keeps the engineer changes nothing.
     */
    @EventHandler
    void on(QualityReviewDecisionRevisedEvent e, EventMessage<?> message, TrackingToken token) {
        attribute(e.reviewId().value(), e.countsAgainst(), message, token);
    }

    private void attribute(String review, UserId countsAgainst, EventMessage<?> message, TrackingToken token) {
        String now = countsAgainst == null ? null : countsAgainst.value();
        List<String> before =
                jdbc.queryForList("select engineer_id from review_quality where review_id = ?", String.class, review);
        String earlier = before.isEmpty() ? null : before.get(0);
        if (Objects.equals(earlier, now)) {
            return;
        }
        if (earlier != null) {
            fact(ReviewMetric.REPEAT_REPAIR, earlier, -1, review, null, message, token);
        }
        if (now != null) {
            fact(ReviewMetric.REPEAT_REPAIR, now, 1, review, null, message, token);
        }
        jdbc.update(
                "insert into review_quality(review_id, engineer_id) values (?, ?)"
                        + " on conflict (review_id) do update set engineer_id = excluded.engineer_id",
                review,
                now);
    }

    // ------------------------------------------------------------------ complaints

    @EventHandler
    void on(ComplaintRegisteredEvent e) {
        UserId engineer = e.concern() == null ? null : e.concern().engineerId();
        jdbc.update(
                "insert into review_complaint(complaint_id, engineer_id) values (?, ?) on conflict do nothing",
                e.complaintId().value(),
                engineer == null ? null : engineer.value());
    }

    @EventHandler
    void on(ComplaintAcceptedEvent e, EventMessage<?> message, TrackingToken token) {
        List<String> engineers = jdbc.queryForList(
                "select engineer_id from review_complaint where complaint_id = ?",
                String.class,
                e.complaintId().value());
        if (!engineers.isEmpty() && engineers.get(0) != null) {
            fact(
                    ReviewMetric.COMPLAINT_ACCEPTED,
                    engineers.get(0),
                    1,
                    e.complaintId().value(),
                    null,
                    message,
                    token);
        }
    }

    // ------------------------------------------------------------------ disputes (E2)

    @EventHandler
    void on(ReviewItemDisputedEvent e, EventMessage<?> message, TrackingToken token) {
        jdbc.update(
                """
                insert into review_dispute(dispute_id, engineer_id, dimension, metric, fact_event_id, month, reason,
                    disputed_by, disputed_role, disputed_at, global_index)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                e.disputeId().value(),
                e.engineerId().value(),
                e.dimension().name(),
                e.metric(),
                e.factEventId(),
                Date.valueOf(e.month().atDay(1)),
                e.reason(),
                actor(message),
                role(message),
                Timestamp.from(message.getTimestamp()),
                position(token));
    }

    /**
     * The decision is recorded once. ITEM_REMOVED takes the event's facts of the disputed dimension
     * out of the sums (a rating's count and points, an arrival and its being on time, together).
     */
    @EventHandler
    void on(ReviewDisputeDecidedEvent e, EventMessage<?> message) {
        int decided = jdbc.update(
                """
                update review_dispute set decision = ?, decision_reason = ?, decided_by = ?, decided_role = ?,
                    decided_at = ?
                where dispute_id = ? and decision is null""",
                e.decision().name(),
                e.reason(),
                e.decidedBy() == null ? actor(message) : e.decidedBy().value(),
                role(message),
                Timestamp.from(message.getTimestamp()),
                e.disputeId().value());
        if (decided == 1 && e.decision() == DisputeDecision.ITEM_REMOVED) {
            jdbc.update("""
                    update review_month_total t set amount = t.amount - f.amount, facts = t.facts - 1
                    from review_fact f, review_dispute d
                    where d.dispute_id = ? and f.event_id = d.fact_event_id and f.engineer_id = d.engineer_id
                      and f.dimension = (select dimension from review_fact m where m.event_id = d.fact_event_id
                                         and m.engineer_id = d.engineer_id and m.metric = d.metric)
                      and t.engineer_id = f.engineer_id and t.month = f.month and t.metric = f.metric""", e.disputeId().value());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate review_fact, review_month_total, review_ticket, review_ticket_engineer,"
                + " review_complaint, review_quality, review_policy_version, review_dispute");
    }

    // ------------------------------------------------------------------ helpers

    private String engineerOfTicket(String ticket) {
        List<String> found =
                jdbc.queryForList("select engineer_id from review_ticket where ticket_id = ?", String.class, ticket);
        return found.isEmpty() ? null : found.get(0);
    }

    private void fact(
            ReviewMetric metric,
            String engineer,
            int amount,
            String aggregateId,
            String ticketId,
            EventMessage<?> message,
            TrackingToken token) {
        Instant at = message.getTimestamp();
        LocalDate month = YearMonth.from(at.atZone(companyZone)).atDay(1);
        int inserted = jdbc.update(
                """
                insert into review_fact(event_id, metric, engineer_id, dimension, month, amount, global_index,
                    event_type, aggregate_id, ticket_id, actor, role, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (event_id, metric, engineer_id) do nothing""",
                message.getIdentifier(),
                metric.name(),
                engineer,
                metric.dimension().name(),
                Date.valueOf(month),
                amount,
                position(token),
                message.getPayloadType().getSimpleName(),
                aggregateId,
                ticketId,
                actor(message),
                role(message),
                Timestamp.from(at));
        if (inserted == 1) {
            jdbc.update("""
                    insert into review_month_total(engineer_id, month, metric, amount, facts) values (?, ?, ?, ?, 1)
                    on conflict (engineer_id, month, metric)
                    do update set amount = review_month_total.amount + excluded.amount,
                                  facts = review_month_total.facts + 1""", engineer, Date.valueOf(month), metric.name(), amount);
        }
    }

    private static long position(TrackingToken token) {
        return token == null ? -1L : token.position().orElse(-1L);
    }

    private static String actor(EventMessage<?> message) {
        Map<String, ?> metaData = message.getMetaData();
        Object actor = metaData.get(ActorMetadata.USER_ID);
        return actor == null ? null : actor.toString();
    }

    private static String role(EventMessage<?> message) {
        Object role = message.getMetaData().get(ActorMetadata.ROLE);
        return role == null ? null : role.toString();
    }
}
