package com.aftersales.query.supplier;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.supplier.FindSupplierClaimQuery;
import com.aftersales.api.supplier.FindSupplierClaimsQuery;
import com.aftersales.api.supplier.SettlementKind;
import com.aftersales.api.supplier.SupplierAnswer;
import com.aftersales.api.supplier.SupplierClaimAnswerOverdueEvent;
import com.aftersales.api.supplier.SupplierClaimAnsweredEvent;
import com.aftersales.api.supplier.SupplierClaimClosedEvent;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.api.supplier.SupplierClaimOpenedEvent;
import com.aftersales.api.supplier.SupplierClaimSentEvent;
import com.aftersales.api.supplier.SupplierClaimSettledEvent;
import com.aftersales.api.supplier.SupplierClaimState;
import com.aftersales.api.supplier.SupplierClaimStepView;
import com.aftersales.api.supplier.SupplierClaimSummaryView;
import com.aftersales.api.supplier.SupplierClaimView;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supplier claims as people read them (R3): one row per claim for the list, and each step with who
 * took it, in which role and when, from the event's metadata (S3), for the claim's timeline. Each
 * change is guarded by the claim's sequence number, so a redelivered event changes nothing.
 */
@ProcessingGroup(SupplierClaimProjection.PROCESSING_GROUP)
public class SupplierClaimProjection {
    public static final String PROCESSING_GROUP = "supplier-claim-view";

    /** The most claims one list answers. */
    static final int LIST_LIMIT = 500;

    private static final String SUMMARY_COLUMNS =
            "claim_id, repair_order_id, serial_number, supplier_name, part_number,"
                    + " fault_category, state, answer, answer_due_by, answer_overdue, opened_at, version";

    private final JdbcTemplate jdbc;

    public SupplierClaimProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SupplierClaimOpenedEvent e, @SequenceNumber long version, EventMessage<?> message) {
        jdbc.update(
                """
                insert into supplier_claim_view(claim_id, repair_order_id, serial_number, supplier_name, part_number,
                    fault_category, description, evidence_ids, state, answer_overdue, opened_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)
                on conflict (claim_id) do nothing""",
                e.claimId().value(),
                e.repairOrderId().value(),
                e.serialNumber(),
                e.supplierName(),
                e.partNumber(),
                e.faultCategory(),
                e.description(),
                e.evidenceIds().toArray(String[]::new),
                SupplierClaimState.OPEN.name(),
                Timestamp.from(message.getTimestamp()),
                version);
        step(e.claimId(), version, message, e.description());
    }

    @EventHandler
    void on(SupplierClaimSentEvent e, @SequenceNumber long version, EventMessage<?> message) {
        update(
                e.claimId(),
                version,
                "state = ?, purchasing_reference = ?, sent_at = ?, answer_due_by = ?",
                SupplierClaimState.SENT_TO_PURCHASING.name(),
                e.purchasingReference(),
                Timestamp.from(e.sentAt()),
                Date.valueOf(e.answerDueBy()));
        step(e.claimId(), version, message, e.note());
    }

    @EventHandler
    void on(SupplierClaimAnswerOverdueEvent e, @SequenceNumber long version, EventMessage<?> message) {
        update(e.claimId(), version, "answer_overdue = (answer is null)");
        step(e.claimId(), version, message, null);
    }

    @EventHandler
    void on(SupplierClaimAnsweredEvent e, @SequenceNumber long version, EventMessage<?> message) {
        update(
                e.claimId(),
                version,
                "state = ?, answer = ?, answer_reason = ?, supplier_reference = ?, answer_overdue = false",
                SupplierClaimState.ANSWERED.name(),
                e.answer().name(),
                e.reason(),
                e.supplierReference());
        step(e.claimId(), version, message, e.reason());
    }

    @EventHandler
    void on(SupplierClaimSettledEvent e, @SequenceNumber long version, EventMessage<?> message) {
        update(
                e.claimId(),
                version,
                "state = ?, settlement_kind = ?, settlement_amount = ?, settlement_reference = ?",
                SupplierClaimState.SETTLED.name(),
                e.kind().name(),
                e.amount(),
                e.reference());
        step(e.claimId(), version, message, e.note());
    }

    @EventHandler
    void on(SupplierClaimClosedEvent e, @SequenceNumber long version, EventMessage<?> message) {
        update(
                e.claimId(),
                version,
                "state = ?, closed_at = ?",
                SupplierClaimState.CLOSED.name(),
                Timestamp.from(message.getTimestamp()));
        step(e.claimId(), version, message, e.note());
    }

    private void update(SupplierClaimId claim, long version, String set, Object... values) {
        Object[] arguments = Arrays.copyOf(values, values.length + 3);
        arguments[values.length] = version;
        arguments[values.length + 1] = claim.value();
        arguments[values.length + 2] = version;
        jdbc.update(
                "update supplier_claim_view set " + set + ", version = ? where claim_id = ? and version < ?",
                arguments);
    }

    private void step(SupplierClaimId claim, long version, EventMessage<?> message, String note) {
        jdbc.update(
                """
                insert into supplier_claim_step(claim_id, sequence_number, event_type, recorded_at, actor_user_id,
                    actor_role, note)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (claim_id, sequence_number) do nothing""",
                claim.value(),
                version,
                message.getPayloadType().getSimpleName(),
                Timestamp.from(message.getTimestamp()),
                text(message.getMetaData().get(ActorMetadata.USER_ID)),
                text(message.getMetaData().get(ActorMetadata.ROLE)),
                note);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from supplier_claim_step");
        jdbc.update("delete from supplier_claim_view");
    }

    /** Claims not closed first, newest first; filtered by a part of the supplier's name and by state. */
    @QueryHandler
    public List<SupplierClaimSummaryView> handle(FindSupplierClaimsQuery query) {
        StringBuilder sql = new StringBuilder("select " + SUMMARY_COLUMNS + " from supplier_claim_view where true");
        List<Object> arguments = new ArrayList<>();
        if (query.supplier() != null && !query.supplier().isBlank()) {
            sql.append(" and strpos(lower(supplier_name), lower(?)) > 0");
            arguments.add(query.supplier().strip());
        }
        if (query.state() != null) {
            sql.append(" and state = ?");
            arguments.add(query.state().name());
        }
        sql.append(" order by (state = 'CLOSED'), opened_at desc, claim_id limit ")
                .append(LIST_LIMIT);
        return jdbc.query(sql.toString(), SupplierClaimProjection::summary, arguments.toArray());
    }

    @QueryHandler
    public SupplierClaimView handle(FindSupplierClaimQuery query) {
        List<SupplierClaimStepView> timeline = jdbc.query(
                "select sequence_number, event_type, recorded_at, actor_user_id, actor_role, note"
                        + " from supplier_claim_step where claim_id = ? order by sequence_number",
                (rs, i) -> new SupplierClaimStepView(
                        rs.getLong("sequence_number"),
                        rs.getString("event_type"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("actor_user_id"),
                        rs.getString("actor_role"),
                        rs.getString("note")),
                query.claimId().value());
        return jdbc
                .query(
                        "select * from supplier_claim_view where claim_id = ?",
                        (rs, i) -> detail(rs, timeline),
                        query.claimId().value())
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static SupplierClaimSummaryView summary(ResultSet rs, int i) throws SQLException {
        return new SupplierClaimSummaryView(
                rs.getString("claim_id"),
                rs.getString("repair_order_id"),
                rs.getString("serial_number"),
                rs.getString("supplier_name"),
                rs.getString("part_number"),
                rs.getString("fault_category"),
                SupplierClaimState.valueOf(rs.getString("state")),
                answer(rs),
                date(rs, "answer_due_by"),
                rs.getBoolean("answer_overdue"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getLong("version"));
    }

    private static SupplierClaimView detail(ResultSet rs, List<SupplierClaimStepView> timeline) throws SQLException {
        Array evidence = rs.getArray("evidence_ids");
        String kind = rs.getString("settlement_kind");
        return new SupplierClaimView(
                rs.getString("claim_id"),
                rs.getString("repair_order_id"),
                rs.getString("serial_number"),
                rs.getString("supplier_name"),
                rs.getString("part_number"),
                rs.getString("fault_category"),
                rs.getString("description"),
                List.of((String[]) evidence.getArray()),
                SupplierClaimState.valueOf(rs.getString("state")),
                rs.getString("purchasing_reference"),
                instant(rs, "sent_at"),
                date(rs, "answer_due_by"),
                rs.getBoolean("answer_overdue"),
                answer(rs),
                rs.getString("answer_reason"),
                rs.getString("supplier_reference"),
                kind == null ? null : SettlementKind.valueOf(kind),
                rs.getBigDecimal("settlement_amount"),
                rs.getString("settlement_reference"),
                rs.getTimestamp("opened_at").toInstant(),
                instant(rs, "closed_at"),
                rs.getLong("version"),
                timeline);
    }

    private static SupplierAnswer answer(ResultSet rs) throws SQLException {
        String answer = rs.getString("answer");
        return answer == null ? null : SupplierAnswer.valueOf(answer);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
