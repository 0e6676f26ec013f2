package com.aftersales.query.expense;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.expense.ClaimStatus;
import com.aftersales.api.expense.ExpenseClaimApprovedEvent;
import com.aftersales.api.expense.ExpenseClaimAuditedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimPaidEvent;
import com.aftersales.api.expense.ExpenseClaimRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimResubmittedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseFlagConfirmedEvent;
import com.aftersales.api.expense.ExpenseFlagDismissedEvent;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.EvidenceRef;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Expense claims (X1–X7): the claim as it stands, each version's trip and lines as submitted (X2),
 * and each flag with finance's decision (X6). Every event first advances the claim's row to its
 * sequence number; an event that is not newer (a redelivery, a replay over kept rows) stops there
 * and changes nothing. One segment, so a claim's events apply in their order.
 */
@ProcessingGroup(ExpenseClaimProjection.PROCESSING_GROUP)
public class ExpenseClaimProjection {
    public static final String PROCESSING_GROUP = "expense-claims";

    /** X5: the risk of the current version, recomputed from its flags after every change to them. */
    private static final String RISK = "risk_score = (select coalesce(sum(f.weight), 0) from expense_flag_view f"
            + " where f.claim_id = expense_claim_view.claim_id and f.version = expense_claim_view.current_version"
            + " and f.decision is distinct from 'DISMISSED'),"
            + " open_flags = (select count(*) from expense_flag_view f where f.claim_id = expense_claim_view.claim_id"
            + " and f.version = expense_claim_view.current_version and f.decision is null)";

    private final JdbcTemplate jdbc;
    private final ZoneId companyZone;

    public ExpenseClaimProjection(JdbcTemplate jdbc, ZoneId companyZone) {
        this.jdbc = jdbc;
        this.companyZone = companyZone;
    }

    @EventHandler
    void on(
            ExpenseClaimSubmittedEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        Trip trip = e.trip();
        int inserted = jdbc.update(
                """
                insert into expense_claim_view(claim_id, engineer_id, current_version, status, destination_city,
                    start_date, end_date, total, advance_id, submitted_at, last_changed_at, claim_seq)
                values (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (claim_id) do nothing""",
                e.claimId().value(),
                e.engineerId().value(),
                e.version(),
                trip.destinationCity(),
                Date.valueOf(trip.startDate()),
                Date.valueOf(trip.endDate()),
                e.total(),
                e.advanceId() == null ? null : e.advanceId().value(),
                Timestamp.from(at),
                Timestamp.from(at),
                sequence);
        if (inserted == 1) {
            insertVersion(
                    e.claimId().value(),
                    e.version(),
                    null,
                    trip,
                    e.lines(),
                    e.total(),
                    null,
                    submitter(e.engineerId().value(), actor),
                    at);
        }
    }

    @EventHandler
    void on(
            ExpenseClaimResubmittedEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        Trip trip = e.trip();
        if (advance(e.claimId().value(), sequence, at)) {
            jdbc.update(
                    "update expense_claim_view set current_version = ?, status = 'SUBMITTED', destination_city = ?,"
                            + " start_date = ?, end_date = ?, total = ?, reimbursable = null, paid = null,"
                            + " submitted_at = ? where claim_id = ?",
                    e.version(),
                    trip.destinationCity(),
                    Date.valueOf(trip.startDate()),
                    Date.valueOf(trip.endDate()),
                    e.total(),
                    Timestamp.from(at),
                    e.claimId().value());
            insertVersion(
                    e.claimId().value(),
                    e.version(),
                    e.previousVersion(),
                    trip,
                    e.lines(),
                    e.total(),
                    e.correctionNote(),
                    submitter(e.engineerId().value(), actor),
                    at);
            risk(e.claimId().value());
        }
    }

    @EventHandler
    void on(
            ExpenseClaimApprovedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        if (advance(e.claimId().value(), sequence, at)) {
            status(e.claimId().value(), e.version(), ClaimStatus.APPROVED, "");
            version(e.claimId().value(), e.version(), "approved_by = ?", who(e.approvedBy()));
        }
    }

    @EventHandler
    void on(
            ExpenseClaimAuditedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        if (advance(e.claimId().value(), sequence, at)) {
            status(e.claimId().value(), e.version(), ClaimStatus.AUDITED, ", reimbursable = ?", e.reimbursable());
            version(
                    e.claimId().value(),
                    e.version(),
                    "audited_by = ?, reimbursable = ?",
                    who(e.auditedBy()),
                    e.reimbursable());
        }
    }

    @EventHandler
    void on(
            ExpenseClaimPaidEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        if (advance(e.claimId().value(), sequence, at)) {
            status(e.claimId().value(), e.version(), ClaimStatus.PAID, ", paid = ?", e.reimbursed());
            version(
                    e.claimId().value(),
                    e.version(),
                    "paid_by = ?, payable = ?, payment_reference = ?",
                    who(e.paidBy()),
                    e.payable(),
                    e.paymentReference());
        }
    }

    @EventHandler
    void on(
            ExpenseClaimRejectedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        if (advance(e.claimId().value(), sequence, at)) {
            status(e.claimId().value(), e.version(), ClaimStatus.REJECTED, "");
            version(
                    e.claimId().value(),
                    e.version(),
                    "rejected_stage = ?, rejected_by = ?, reject_reason = ?",
                    e.stage() == null ? null : e.stage().name(),
                    who(e.rejectedBy()),
                    e.reason());
        }
    }

    @EventHandler
    void on(
            ExpenseClaimFlaggedEvent e,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        if (advance(e.claimId().value(), sequence, at)) {
            ExpenseFlag flag = e.flag();
            List<Map.Entry<String, String>> values = flag.values().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList();
            jdbc.update(
                    """
                    insert into expense_flag_view(claim_id, flag_id, version, engineer_id, line_no, rule, rule_version,
                        weight, value_keys, value_values, evidence, explanation, flagged_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (claim_id, flag_id) do nothing""",
                    e.claimId().value(),
                    flag.flagId(),
                    e.version(),
                    e.engineerId().value(),
                    flag.lineNo(),
                    flag.rule().name(),
                    flag.ruleVersion(),
                    flag.weight(),
                    values.stream().map(Map.Entry::getKey).toArray(String[]::new),
                    values.stream().map(Map.Entry::getValue).toArray(String[]::new),
                    flag.evidence().stream().map(EvidenceRef::toString).toArray(String[]::new),
                    flag.explanation() == null ? "" : flag.explanation(),
                    Timestamp.from(at));
            jdbc.update(
                    "update expense_claim_view set ever_flagged = true where claim_id = ?",
                    e.claimId().value());
            risk(e.claimId().value());
        }
    }

    @EventHandler
    void on(
            ExpenseFlagConfirmedEvent e,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        if (advance(e.claimId().value(), sequence, at)) {
            decide(
                    e.claimId().value(),
                    e.flagId(),
                    "CONFIRMED",
                    who(e.decidedBy()),
                    role,
                    e.reason(),
                    e.scope() == null ? null : e.scope().name(),
                    e.penaltyId() == null ? null : e.penaltyId().value(),
                    at);
            jdbc.update(
                    "update expense_claim_view set ever_confirmed = true where claim_id = ?",
                    e.claimId().value());
        }
    }

    @EventHandler
    void on(
            ExpenseFlagDismissedEvent e,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long sequence) {
        if (advance(e.claimId().value(), sequence, at)) {
            decide(e.claimId().value(), e.flagId(), "DISMISSED", who(e.decidedBy()), role, e.reason(), null, null, at);
        }
    }

    private void decide(
            String claimId,
            String flagId,
            String decision,
            String decidedBy,
            String role,
            String reason,
            String scope,
            String penaltyId,
            Instant at) {
        jdbc.update(
                "update expense_flag_view set decision = ?, decided_by = ?, decided_role = ?, reason = ?, scope = ?,"
                        + " penalty_id = ?, decided_at = ?, decided_month = ? where claim_id = ? and flag_id = ?",
                decision,
                decidedBy,
                role,
                reason,
                scope,
                penaltyId,
                Timestamp.from(at),
                YearMonth.from(at.atZone(companyZone)).toString(),
                claimId,
                flagId);
        risk(claimId);
    }

    /** Moves the claim's row to {@code sequence}; false when the event is not newer than its last. */
    private boolean advance(String claimId, long sequence, Instant at) {
        return jdbc.update(
                        "update expense_claim_view set claim_seq = ?, last_changed_at = ? where claim_id = ? and claim_seq < ?",
                        sequence,
                        Timestamp.from(at),
                        claimId,
                        sequence)
                == 1;
    }

    /** The claim's status, when {@code version} is still its current one (a late step of an old version changes only that version). */
    private void status(String claimId, int version, ClaimStatus status, String more, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        arguments[0] = status.name();
        System.arraycopy(values, 0, arguments, 1, values.length);
        arguments[values.length + 1] = claimId;
        arguments[values.length + 2] = version;
        jdbc.update(
                "update expense_claim_view set status = ?" + more + " where claim_id = ? and current_version = ?",
                arguments);
        jdbc.update(
                "update expense_claim_version_view set status = ? where claim_id = ? and version = ?",
                status.name(),
                claimId,
                version);
    }

    private void version(String claimId, int version, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 2];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = claimId;
        arguments[values.length + 1] = version;
        jdbc.update(
                "update expense_claim_version_view set " + assignments + " where claim_id = ? and version = ?",
                arguments);
    }

    private void risk(String claimId) {
        jdbc.update("update expense_claim_view set " + RISK + " where claim_id = ?", claimId);
    }

    private void insertVersion(
            String claimId,
            int version,
            Integer previousVersion,
            Trip trip,
            List<ExpenseLine> lines,
            BigDecimal total,
            String correctionNote,
            String submittedBy,
            Instant at) {
        jdbc.update(
                """
                insert into expense_claim_version_view(claim_id, version, previous_version, destination_city, route,
                    start_date, end_date, dispatch_ids, purpose, total, correction_note, status, submitted_by, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)
                on conflict (claim_id, version) do nothing""",
                claimId,
                version,
                previousVersion,
                trip.destinationCity(),
                trip.route().toArray(String[]::new),
                Date.valueOf(trip.startDate()),
                Date.valueOf(trip.endDate()),
                trip.dispatchIds().toArray(String[]::new),
                trip.purpose(),
                total,
                correctionNote,
                submittedBy,
                Timestamp.from(at));
        jdbc.batchUpdate(
                """
                insert into expense_claim_line_view(claim_id, version, line_no, category, invoice_code, invoice_number,
                    invoice_key, issuer, issue_date, issue_city, amount, receipt_sha256, receipt_media_type,
                    receipt_file_name, receipt_size, description)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (claim_id, version, line_no) do nothing""",
                lines.stream()
                        .map(line -> new Object[] {
                            claimId,
                            version,
                            line.lineNo(),
                            line.category().name(),
                            line.invoice().code(),
                            line.invoice().number(),
                            line.invoice().key(),
                            line.issuer(),
                            Date.valueOf(line.issueDate()),
                            line.issueCity(),
                            line.amount(),
                            line.receipt() == null ? null : line.receipt().sha256(),
                            line.receipt() == null ? null : line.receipt().mediaType(),
                            line.receipt() == null ? null : line.receipt().fileName(),
                            line.receipt() == null ? null : line.receipt().size(),
                            line.description()
                        })
                        .toList());
    }

    private static String submitter(String engineer, String actor) {
        return actor == null ? engineer : actor;
    }

    private static String who(com.aftersales.api.common.UserId user) {
        return user == null ? null : user.value();
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from expense_flag_view");
        jdbc.update("delete from expense_claim_line_view");
        jdbc.update("delete from expense_claim_version_view");
        jdbc.update("delete from expense_claim_view");
    }
}
