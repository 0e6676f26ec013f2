package com.aftersales.query.quality;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.quality.FindQualityReviewQuery;
import com.aftersales.api.quality.FindQualityReviewQueueQuery;
import com.aftersales.api.quality.FindRepeatRatesQuery;
import com.aftersales.api.quality.ProductFeedback;
import com.aftersales.api.quality.QualityCause;
import com.aftersales.api.quality.QualityReviewDecidedEvent;
import com.aftersales.api.quality.QualityReviewDecisionRevisedEvent;
import com.aftersales.api.quality.QualityReviewOpenedEvent;
import com.aftersales.api.quality.QualityReviewView;
import com.aftersales.api.quality.RepeatRateView;
import com.aftersales.api.quality.ReviewStatus;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quality review queue and pages (R13), and the repeat-repair rates (R12, R13) as QUALITY reads
 * them. One processing group with one segment, so a review's decision is always applied after the
 * detection and the opening it follows. Review rows are guarded by the review's sequence number;
 * the rate tables by their keys, so a redelivered event changes nothing.
 */
@ProcessingGroup(QualityReviewProjection.PROCESSING_GROUP)
public class QualityReviewProjection {
    public static final String PROCESSING_GROUP = "quality-review-view";

    private static final String COLUMNS = "review_id, serial_number, later_order_id, earlier_order_id,"
            + " earlier_engineer_id, later_engineer_id, matched_on, fault_category, same_parts, earlier_completed_on,"
            + " diagnosed_on, days_after, window_days, policy_version, opened_at, open, cause, reasons, evidence,"
            + " feedback_recipients, feedback_notes, counts_against, penalty_id, decided_by, decided_role, decided_at,"
            + " revision";

    private final JdbcTemplate jdbc;

    public QualityReviewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(QualityReviewOpenedEvent e, @Timestamp Instant at, @SequenceNumber long version) {
        jdbc.update(
                """
                insert into quality_review_view(review_id, serial_number, later_order_id, earlier_order_id,
                    earlier_engineer_id, later_engineer_id, matched_on, fault_category, same_parts,
                    earlier_completed_on, diagnosed_on, days_after, window_days, policy_version, opened_at, open,
                    evidence, feedback_recipients, revision, review_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, '{}', '{}', 0, ?)
                on conflict (review_id) do nothing""",
                e.reviewId().value(),
                e.serialNumber(),
                e.laterRepairOrderId().value(),
                e.earlierRepairOrderId().value(),
                e.earlierEngineerId().value(),
                e.laterEngineerId().value(),
                e.matchedOn().name(),
                e.faultCategory(),
                e.sameParts().toArray(String[]::new),
                date(e.earlierCompletedOn()),
                date(e.diagnosedOn()),
                e.daysAfterEarlierRepair(),
                e.windowDays(),
                e.policyVersion(),
                java.sql.Timestamp.from(at),
                version);
    }

    @EventHandler
    void on(
            QualityReviewDecidedEvent e,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @Timestamp Instant at,
            @SequenceNumber long version) {
        decision(
                e.reviewId().value(),
                e.cause(),
                e.reasons(),
                e.evidence(),
                e.feedback(),
                e.countsAgainst() == null ? null : e.countsAgainst().value(),
                e.proposedPenaltyId() == null ? null : e.proposedPenaltyId().value(),
                e.decidedBy().value(),
                role,
                at,
                0,
                version);
    }

    @EventHandler
    void on(
            QualityReviewDecisionRevisedEvent e,
            @MetaDataValue(ActorMetadata.ROLE) String role,
            @Timestamp Instant at,
            @SequenceNumber long version) {
        decision(
                e.reviewId().value(),
                e.cause(),
                e.reasons(),
                e.evidence(),
                e.feedback(),
                e.countsAgainst() == null ? null : e.countsAgainst().value(),
                null,
                e.revisedBy().value(),
                role,
                at,
                e.revision(),
                version);
    }

    /** The latest decision is shown; a revision keeps the penalty the first decision proposed. */
    private void decision(
            String reviewId,
            QualityCause cause,
            String reasons,
            List<EvidenceRef> evidence,
            ProductFeedback feedback,
            String countsAgainst,
            String penaltyId,
            String decidedBy,
            String role,
            Instant at,
            int revision,
            long version) {
        jdbc.update(
                """
                update quality_review_view set open = false, cause = ?, reasons = ?, evidence = ?,
                    feedback_recipients = ?, feedback_notes = ?, counts_against = ?,
                    penalty_id = coalesce(penalty_id, ?), decided_by = ?, decided_role = ?, decided_at = ?,
                    revision = ?, review_version = ?
                where review_id = ? and review_version < ?""",
                cause.name(),
                reasons,
                evidence.stream().map(EvidenceRef::toString).toArray(String[]::new),
                feedback == null ? new String[0] : feedback.recipients().toArray(String[]::new),
                feedback == null ? null : feedback.notes(),
                countsAgainst,
                penaltyId,
                decidedBy,
                role,
                java.sql.Timestamp.from(at),
                revision,
                version,
                reviewId,
                version);
        jdbc.update("update quality_repeat set cause = ? where review_id = ?", cause.name(), reviewId);
    }

    /** R12: the numerator of the rates, counted against the earlier repair. */
    @EventHandler
    void on(RepeatRepairDetectedEvent e) {
        jdbc.update(
                """
                insert into quality_repeat(review_id, later_order_id, earlier_order_id, earlier_engineer_id,
                    fault_category, diagnosed_on)
                values (?, ?, ?, ?, ?, ?)
                on conflict (review_id) do nothing""",
                e.qualityReviewId().value(),
                e.repairOrderId().value(),
                e.earlierRepairOrderId().value(),
                e.earlierEngineerId().value(),
                e.faultCategory(),
                date(e.diagnosedOn()));
    }

    /** The denominator of the rates: completed repairs by engineer, model and fault category. */
    @EventHandler
    void on(RepairOrderCompletedEvent e) {
        jdbc.update(
                """
                insert into quality_completed_repair(repair_order_id, engineer_id, model, fault_category, completed_on)
                values (?, ?, ?, ?, ?)
                on conflict (repair_order_id) do nothing""",
                e.repairOrderId().value(),
                e.engineerId().value(),
                e.model(),
                e.faultCategory(),
                date(e.completedOn()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from quality_review_view");
        jdbc.update("delete from quality_repeat");
        jdbc.update("delete from quality_completed_repair");
    }

    /** Open reviews first, oldest first. */
    @QueryHandler
    public List<QualityReviewView> handle(FindQualityReviewQueueQuery query) {
        String select = "select " + COLUMNS + " from quality_review_view";
        String order = " order by open desc, opened_at, review_id";
        if (query.status() == null) {
            return jdbc.query(select + order, QualityReviewProjection::row);
        }
        return jdbc.query(
                select + " where open = ?" + order, QualityReviewProjection::row, query.status() == ReviewStatus.OPEN);
    }

    @QueryHandler
    public QualityReviewView handle(FindQualityReviewQuery query) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from quality_review_view where review_id = ?",
                        QualityReviewProjection::row,
                        query.reviewId().value())
                .stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Per key: completed repairs, repeats of them, ENGINEER-caused repeats (latest decision). The
     * model of a repeat is the model of its earlier repair; an unknown key is the empty string.
     */
    @QueryHandler
    public List<RepeatRateView> handle(FindRepeatRatesQuery query) {
        String completedKey;
        String repeatKey;
        String repeatFrom = "quality_repeat q";
        switch (query.by()) {
            case ENGINEER -> {
                completedKey = "engineer_id";
                repeatKey = "q.earlier_engineer_id";
            }
            case MODEL -> {
                completedKey = "model";
                repeatKey = "e.model";
                repeatFrom =
                        "quality_repeat q left join quality_completed_repair e on e.repair_order_id = q.earlier_order_id";
            }
            default -> {
                completedKey = "fault_category";
                repeatKey = "q.fault_category";
            }
        }
        return jdbc.query(
                "with completed as (select coalesce(" + completedKey + ", '') as key, count(*) as n"
                        + " from quality_completed_repair group by 1),"
                        + " repeats as (select coalesce(" + repeatKey + ", '') as key, count(*) as n,"
                        + " count(*) filter (where q.cause = 'ENGINEER') as engineer from " + repeatFrom
                        + " group by 1)"
                        + " select coalesce(c.key, r.key) as key, coalesce(c.n, 0) as completed,"
                        + " coalesce(r.n, 0) as repeats, coalesce(r.engineer, 0) as engineer"
                        + " from completed c full join repeats r on r.key = c.key"
                        + " order by repeats desc, engineer desc, key",
                (rs, i) -> {
                    long completed = rs.getLong("completed");
                    long repeats = rs.getLong("repeats");
                    long engineer = rs.getLong("engineer");
                    return new RepeatRateView(
                            rs.getString("key"),
                            completed,
                            repeats,
                            engineer,
                            percent(repeats, completed),
                            percent(engineer, completed));
                });
    }

    static BigDecimal percent(long count, long of) {
        if (of == 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }

    private static QualityReviewView row(ResultSet rs, int i) throws SQLException {
        String cause = rs.getString("cause");
        return new QualityReviewView(
                rs.getString("review_id"),
                rs.getString("serial_number"),
                rs.getString("later_order_id"),
                rs.getString("earlier_order_id"),
                rs.getString("earlier_engineer_id"),
                rs.getString("later_engineer_id"),
                RepeatMatch.valueOf(rs.getString("matched_on")),
                rs.getString("fault_category"),
                strings(rs.getArray("same_parts")),
                localDate(rs.getDate("earlier_completed_on")),
                localDate(rs.getDate("diagnosed_on")),
                rs.getInt("days_after"),
                rs.getInt("window_days"),
                rs.getInt("policy_version"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getBoolean("open") ? ReviewStatus.OPEN : ReviewStatus.DECIDED,
                cause == null ? null : QualityCause.valueOf(cause),
                rs.getString("reasons"),
                strings(rs.getArray("evidence")).stream()
                        .map(EvidenceRef::parse)
                        .toList(),
                strings(rs.getArray("feedback_recipients")),
                rs.getString("feedback_notes"),
                rs.getString("counts_against"),
                rs.getString("penalty_id"),
                rs.getString("decided_by"),
                rs.getString("decided_role"),
                instant(rs.getTimestamp("decided_at")),
                rs.getInt("revision"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
