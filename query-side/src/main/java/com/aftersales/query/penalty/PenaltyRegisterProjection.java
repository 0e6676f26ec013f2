package com.aftersales.query.penalty;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.FindPenaltyQuery;
import com.aftersales.api.penalty.FindPenaltyRegisterQuery;
import com.aftersales.api.penalty.PenaltyAppealDecidedEvent;
import com.aftersales.api.penalty.PenaltyAppealedEvent;
import com.aftersales.api.penalty.PenaltyFactView;
import com.aftersales.api.penalty.PenaltyImposedEvent;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltyRejectedEvent;
import com.aftersales.api.penalty.PenaltyRevokedEvent;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.penalty.PenaltyStatus;
import com.aftersales.api.penalty.PenaltySummaryView;
import com.aftersales.api.penalty.PenaltyView;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The penalty register (P1–P3): one row per penalty with where it stands, and every fact of it
 * with who did it (user id and acting role from the event's metadata, S3) and when, so an auditor
 * walks from the penalty to each step and to the evidence it cites (P2). Guarded by the penalty's
 * sequence number: a redelivered event changes nothing.
 */
@ProcessingGroup(PenaltyRegisterProjection.PROCESSING_GROUP)
public class PenaltyRegisterProjection {
    public static final String PROCESSING_GROUP = "penalty-register";

    private static final String COLUMNS = "penalty_id, subject_id, source, source_id, proposed_kind, status, kind,"
            + " fine_amount, proposed_by, proposed_at, last_changed_at";

    private final JdbcTemplate jdbc;

    public PenaltyRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(
            PenaltyProposedEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        jdbc.update(
                """
                insert into penalty_view(penalty_id, subject_id, source, source_id, proposed_kind, status,
                    proposed_by, proposed_at, last_changed_at, evidence, penalty_version)
                values (?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?)
                on conflict (penalty_id) do nothing""",
                e.penaltyId().value(),
                e.subject().value(),
                e.source().name(),
                e.sourceId(),
                e.proposedKind().name(),
                e.proposedBy().value(),
                Timestamp.from(at),
                Timestamp.from(at),
                e.evidence().stream().map(EvidenceRef::toString).toArray(String[]::new),
                version);
        fact(
                e.penaltyId().value(),
                version,
                e,
                at,
                actor,
                role,
                e.reason(),
                e.proposedKind().name());
    }

    @EventHandler
    void on(
            PenaltyImposedEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        String id = e.penaltyId().value();
        jdbc.update(
                "update penalty_view set status = 'IMPOSED', kind = ?, fine_amount = ?, last_changed_at = ?,"
                        + " penalty_version = ? where penalty_id = ? and penalty_version < ?",
                e.kind().name(),
                e.fineAmount(),
                Timestamp.from(at),
                version,
                id,
                version);
        String detail = e.kind() == PenaltyKind.FINE
                ? e.kind().name() + " " + e.fineAmount().toPlainString()
                : e.kind().name();
        fact(id, version, e, at, actor, role, e.reason(), detail);
    }

    @EventHandler
    void on(
            PenaltyRejectedEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        status(e.penaltyId().value(), PenaltyStatus.REJECTED, at, version);
        fact(e.penaltyId().value(), version, e, at, actor, role, e.reason(), null);
    }

    @EventHandler
    void on(
            PenaltyAppealedEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        status(e.penaltyId().value(), PenaltyStatus.APPEALED, at, version);
        fact(e.penaltyId().value(), version, e, at, actor, role, e.reason(), null);
    }

    @EventHandler
    void on(
            PenaltyAppealDecidedEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        status(e.penaltyId().value(), PenaltyStatus.IMPOSED, at, version);
        fact(
                e.penaltyId().value(),
                version,
                e,
                at,
                actor,
                role,
                e.reason(),
                e.outcome().name());
    }

    @EventHandler
    void on(
            PenaltyRevokedEvent e,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @SequenceNumber long version) {
        status(e.penaltyId().value(), PenaltyStatus.REVOKED, at, version);
        fact(e.penaltyId().value(), version, e, at, actor, role, e.reason(), e.onAppeal() ? "ON_APPEAL" : null);
    }

    private void status(String penaltyId, PenaltyStatus status, Instant at, long version) {
        jdbc.update(
                "update penalty_view set status = ?, last_changed_at = ?, penalty_version = ?"
                        + " where penalty_id = ? and penalty_version < ?",
                status.name(),
                Timestamp.from(at),
                version,
                penaltyId,
                version);
    }

    private void fact(
            String penaltyId,
            long version,
            Object event,
            Instant at,
            String actor,
            String role,
            String reason,
            String detail) {
        jdbc.update(
                """
                insert into penalty_fact(penalty_id, sequence_number, event_type, recorded_at, actor_id, actor_role,
                    reason, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (penalty_id, sequence_number) do nothing""",
                penaltyId,
                version,
                event.getClass().getSimpleName(),
                Timestamp.from(at),
                actor,
                role,
                reason,
                detail);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from penalty_fact");
        jdbc.update("delete from penalty_view");
    }

    /** Newest proposal first; one person's when {@code engineerId} is given. */
    @QueryHandler
    public List<PenaltySummaryView> handle(FindPenaltyRegisterQuery query) {
        String select = "select " + COLUMNS + " from penalty_view";
        String order = " order by proposed_at desc, penalty_id";
        if (query.engineerId() == null) {
            return jdbc.query(select + order, PenaltyRegisterProjection::summary);
        }
        return jdbc.query(
                select + " where subject_id = ?" + order,
                PenaltyRegisterProjection::summary,
                query.engineerId().value());
    }

    @QueryHandler
    public PenaltyView handle(FindPenaltyQuery query) {
        String id = query.penaltyId().value();
        List<PenaltyView> found = jdbc.query(
                "select " + COLUMNS + ", evidence from penalty_view where penalty_id = ?",
                (rs, i) -> new PenaltyView(
                        summary(rs, i),
                        strings(rs.getArray("evidence")).stream()
                                .map(EvidenceRef::parse)
                                .toList(),
                        List.of()),
                id);
        if (found.isEmpty()) {
            return null;
        }
        List<PenaltyFactView> facts = jdbc.query(
                "select sequence_number, event_type, recorded_at, actor_id, actor_role, reason, detail"
                        + " from penalty_fact where penalty_id = ? order by sequence_number",
                (rs, i) -> new PenaltyFactView(
                        rs.getLong("sequence_number"),
                        rs.getString("event_type"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("actor_id"),
                        rs.getString("actor_role"),
                        rs.getString("reason"),
                        rs.getString("detail")),
                id);
        return new PenaltyView(found.get(0).summary(), found.get(0).evidence(), facts);
    }

    private static PenaltySummaryView summary(ResultSet rs, int i) throws SQLException {
        String kind = rs.getString("kind");
        return new PenaltySummaryView(
                rs.getString("penalty_id"),
                rs.getString("subject_id"),
                PenaltySource.valueOf(rs.getString("source")),
                rs.getString("source_id"),
                PenaltyKind.valueOf(rs.getString("proposed_kind")),
                PenaltyStatus.valueOf(rs.getString("status")),
                kind == null ? null : PenaltyKind.valueOf(kind),
                rs.getBigDecimal("fine_amount"),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getTimestamp("last_changed_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
