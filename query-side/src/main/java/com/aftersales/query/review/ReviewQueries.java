package com.aftersales.query.review;

import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.review.DisputeDecision;
import com.aftersales.api.review.EngineerReviewRow;
import com.aftersales.api.review.EngineerReviewView;
import com.aftersales.api.review.FindEngineerReviewQuery;
import com.aftersales.api.review.FindPeriodReviewQuery;
import com.aftersales.api.review.FindReviewDisputesQuery;
import com.aftersales.api.review.PeriodReviewView;
import com.aftersales.api.review.ReviewDimension;
import com.aftersales.api.review.ReviewDisputeStatus;
import com.aftersales.api.review.ReviewDisputeView;
import com.aftersales.api.review.ReviewFactView;
import com.aftersales.api.review.ReviewMetric;
import com.aftersales.api.review.ReviewPenaltyView;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reviews of a period (E1–E3), read only from the precomputed tables of {@link
 * EngineerReviewProjection} and the penalty register, each by an index: the monthly sums by month,
 * one engineer's facts by engineer and month, the disputes by state, the penalties imposed by time.
 */
public class ReviewQueries {
    public static final String TOTALS = """
            select engineer_id, metric, sum(amount) as amount from review_month_total
            where month >= ? and month <= ? group by engineer_id, metric""";

    public static final String PENALTY_COUNTS = """
            select v.subject_id, count(*) as n from penalty_fact f join penalty_view v on v.penalty_id = f.penalty_id
            where f.event_type = 'PenaltyImposedEvent' and f.recorded_at >= ? and f.recorded_at < ?
            group by v.subject_id""";

    public static final String POLICY = """
            select * from review_policy_version where recorded_at < ? order by recorded_at desc, version desc limit 1""";

    public static final String FACTS = """
            select f.*, d.dispute_id, d.dimension as d_dimension, d.metric as d_metric, d.fact_event_id, d.month as d_month,
                d.reason, d.disputed_by, d.disputed_role, d.disputed_at, d.decision, d.decision_reason, d.decided_by,
                d.decided_role, d.decided_at, d.engineer_id as d_engineer_id
            from review_fact f
            left join review_dispute d on d.engineer_id = f.engineer_id and d.fact_event_id = f.event_id
                and d.dimension = f.dimension
            where f.engineer_id = ? and f.month >= ? and f.month <= ?
            order by f.month, f.dimension, f.global_index, f.metric""";

    public static final String PENALTIES = """
            select v.penalty_id, v.kind, v.fine_amount, v.status, v.source, v.source_id, f.recorded_at, f.actor_id,
                f.actor_role, f.reason
            from penalty_view v join penalty_fact f on f.penalty_id = v.penalty_id
                and f.event_type = 'PenaltyImposedEvent'
            where v.subject_id = ? and f.recorded_at >= ? and f.recorded_at < ?
            order by f.recorded_at, v.penalty_id""";

    public static final String ENGINEER_DISPUTES = """
            select * from review_dispute where engineer_id = ? and month >= ? and month <= ?
            order by disputed_at, dispute_id""";

    public static final String OPEN_DISPUTES =
            "select * from review_dispute where decision is null order by disputed_at, dispute_id limit ?";

    public static final String DECIDED_DISPUTES =
            "select * from review_dispute where decision is not null order by decided_at desc, dispute_id limit ?";

    private static final int DISPUTE_LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final ZoneId companyZone;

    public ReviewQueries(JdbcTemplate jdbc, ZoneId companyZone) {
        this.jdbc = jdbc;
        this.companyZone = companyZone;
    }

    @QueryHandler
    public PeriodReviewView handle(FindPeriodReviewQuery query) {
        return period(query.from(), query.to());
    }

    @QueryHandler
    public EngineerReviewView handle(FindEngineerReviewQuery query) {
        return engineer(query.engineerId().value(), query.from(), query.to());
    }

    @QueryHandler
    public List<ReviewDisputeView> handle(FindReviewDisputesQuery query) {
        return disputes(query.status());
    }

    /** E1, E3: every engineer with a fact or a penalty in the months, best total first, with rank. */
    public PeriodReviewView period(YearMonth from, YearMonth to) {
        requireOrder(from, to);
        Policy policy = policyAtEndOf(to);
        Map<String, Map<ReviewMetric, Long>> sums = new TreeMap<>();
        jdbc.query(
                TOTALS,
                rs -> {
                    sums.computeIfAbsent(rs.getString("engineer_id"), k -> new EnumMap<>(ReviewMetric.class))
                            .put(ReviewMetric.valueOf(rs.getString("metric")), rs.getLong("amount"));
                },
                Date.valueOf(from.atDay(1)),
                Date.valueOf(to.atDay(1)));
        Map<String, Integer> penalties = new TreeMap<>();
        jdbc.query(
                PENALTY_COUNTS,
                rs -> {
                    penalties.put(rs.getString("subject_id"), rs.getInt("n"));
                },
                start(from),
                end(to));
        penalties.keySet().forEach(engineer -> sums.computeIfAbsent(engineer, k -> new EnumMap<>(ReviewMetric.class)));
        record Scored(
                String engineer,
                Map<ReviewMetric, Long> sums,
                Map<ReviewDimension, BigDecimal> scores,
                BigDecimal total) {}
        List<Scored> scored = new ArrayList<>();
        sums.forEach((engineer, metrics) -> {
            Map<ReviewDimension, BigDecimal> scores = ReviewScores.scores(metrics, policy.settings());
            scored.add(new Scored(engineer, metrics, scores, ReviewScores.total(scores, policy.settings())));
        });
        scored.sort(Comparator.comparing(Scored::total).reversed().thenComparing(Scored::engineer));
        List<EngineerReviewRow> rows = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i > 0 && s.total().compareTo(scored.get(i - 1).total()) == 0
                    ? rows.get(i - 1).rank()
                    : i + 1;
            rows.add(new EngineerReviewRow(
                    s.engineer(), s.sums(), s.scores(), s.total(), rank, penalties.getOrDefault(s.engineer(), 0)));
        }
        return new PeriodReviewView(from, to, policy.version(), policy.settings(), rows);
    }

    /** E1–E3: one engineer's review with every fact behind every cell, the disputes and the penalties. */
    public EngineerReviewView engineer(String engineerId, YearMonth from, YearMonth to) {
        PeriodReviewView period = period(from, to);
        EngineerReviewRow row = period.engineers().stream()
                .filter(r -> r.engineerId().equals(engineerId))
                .findFirst()
                .orElseGet(() -> emptyRow(engineerId, period));
        List<ReviewFactView> facts = jdbc.query(
                FACTS, (rs, n) -> fact(rs), engineerId, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)));
        List<ReviewDisputeView> disputes = jdbc.query(
                ENGINEER_DISPUTES,
                (rs, n) -> dispute(rs, ""),
                engineerId,
                Date.valueOf(from.atDay(1)),
                Date.valueOf(to.atDay(1)));
        List<ReviewPenaltyView> penalties = jdbc.query(
                PENALTIES,
                (rs, n) -> new ReviewPenaltyView(
                        rs.getString("penalty_id"),
                        rs.getString("kind"),
                        rs.getBigDecimal("fine_amount"),
                        rs.getString("status"),
                        rs.getString("source"),
                        rs.getString("source_id"),
                        instant(rs, "recorded_at"),
                        rs.getString("actor_id"),
                        rs.getString("actor_role"),
                        rs.getString("reason")),
                engineerId,
                start(from),
                end(to));
        return new EngineerReviewView(
                from, to, period.policyVersion(), period.settings(), row, facts, disputes, penalties);
    }

    /** E2: the disputes, open ones oldest first, decided ones latest first. */
    public List<ReviewDisputeView> disputes(ReviewDisputeStatus status) {
        return switch (status) {
            case OPEN -> jdbc.query(OPEN_DISPUTES, (rs, n) -> dispute(rs, ""), DISPUTE_LIMIT);
            case DECIDED -> jdbc.query(DECIDED_DISPUTES, (rs, n) -> dispute(rs, ""), DISPUTE_LIMIT);
            case ALL -> {
                List<ReviewDisputeView> all = new ArrayList<>(disputes(ReviewDisputeStatus.OPEN));
                all.addAll(disputes(ReviewDisputeStatus.DECIDED));
                yield all;
            }
        };
    }

    private static EngineerReviewRow emptyRow(String engineerId, PeriodReviewView period) {
        Map<ReviewDimension, BigDecimal> scores = ReviewScores.scores(Map.of(), period.settings());
        BigDecimal total = ReviewScores.total(scores, period.settings());
        int rank = 1
                + (int) period.engineers().stream()
                        .filter(r -> r.total().compareTo(total) > 0)
                        .count();
        return new EngineerReviewRow(engineerId, Map.of(), scores, total, rank, 0);
    }

    record Policy(int version, ReviewSettings settings) {}

    /** The version recorded last before the end of {@code to}; none yet: version 0, the defaults. */
    Policy policyAtEndOf(YearMonth to) {
        List<Policy> found = jdbc.query(
                POLICY,
                (rs, n) -> new Policy(
                        rs.getInt("version"),
                        new ReviewSettings(
                                rs.getInt("quality_weight"),
                                rs.getInt("attitude_weight"),
                                rs.getInt("speed_weight"),
                                rs.getInt("satisfaction_weight"),
                                rs.getInt("points_per_repeat_repair"),
                                rs.getInt("points_per_qc_failure"),
                                rs.getInt("points_per_accepted_complaint"))),
                end(to));
        return found.isEmpty() ? new Policy(0, ReviewSettings.DEFAULTS) : found.get(0);
    }

    private Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay(companyZone).toInstant());
    }

    private Timestamp end(YearMonth month) {
        return Timestamp.from(
                month.plusMonths(1).atDay(1).atStartOfDay(companyZone).toInstant());
    }

    private static void requireOrder(YearMonth from, YearMonth to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a review period runs from a month to the same or a later one");
        }
    }

    private static ReviewFactView fact(ResultSet rs) throws SQLException {
        ReviewDisputeView dispute = rs.getString("dispute_id") == null ? null : dispute(rs, "d_");
        boolean removed = dispute != null && dispute.decision() == DisputeDecision.ITEM_REMOVED;
        return new ReviewFactView(
                rs.getString("event_id"),
                rs.getLong("global_index"),
                ReviewMetric.valueOf(rs.getString("metric")),
                YearMonth.from(rs.getDate("month").toLocalDate()),
                rs.getLong("amount"),
                rs.getString("event_type"),
                rs.getString("aggregate_id"),
                rs.getString("ticket_id"),
                rs.getString("actor"),
                rs.getString("role"),
                instant(rs, "recorded_at"),
                !removed,
                dispute);
    }

    /** A dispute row; in the facts' join its engineer, dimension, metric and month carry {@code prefix}. */
    private static ReviewDisputeView dispute(ResultSet rs, String prefix) throws SQLException {
        String decision = rs.getString("decision");
        LocalDate month = rs.getDate(prefix + "month").toLocalDate();
        return new ReviewDisputeView(
                rs.getString("dispute_id"),
                rs.getString(prefix + "engineer_id"),
                ReviewDimension.valueOf(rs.getString(prefix + "dimension")),
                rs.getString(prefix + "metric"),
                rs.getString("fact_event_id"),
                YearMonth.from(month),
                rs.getString("reason"),
                rs.getString("disputed_by"),
                rs.getString("disputed_role"),
                instant(rs, "disputed_at"),
                decision == null ? null : DisputeDecision.valueOf(decision),
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                rs.getString("decided_role"),
                instant(rs, "decided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
