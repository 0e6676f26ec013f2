package com.aftersales.query.complaint;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.complaint.CallbackRef;
import com.aftersales.api.complaint.ComplaintAnalysisView;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintFactView;
import com.aftersales.api.complaint.ComplaintFilter;
import com.aftersales.api.complaint.ComplaintStatus;
import com.aftersales.api.complaint.ComplaintSummaryView;
import com.aftersales.api.complaint.ComplaintView;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.complaint.FindComplaintAnalysisQuery;
import com.aftersales.api.complaint.FindComplaintQuery;
import com.aftersales.api.complaint.FindComplaintsQuery;
import com.aftersales.api.complaint.FindEngineerComplaintsQuery;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.ticket.TicketId;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The questions people ask of complaints (C2–C5): the register with its filters, one complaint
 * with its steps and facts, the periodic analysis and one engineer's complaints. Whether feedback
 * is overdue is judged at the moment of the question by the application's clock (C4): recorded
 * overdue, given after its due day, or not given and past its due day, unless the complaint was
 * rejected: a miss stays a miss once the customer has heard back. The facts are read
 * from the event store itself, so they can never disagree with what happened.
 */
public class ComplaintQueries {
    /** How much of the customer's words the register shows. */
    static final int EXCERPT = 80;

    private static final String COLUMNS =
            "complaint_id, channel, customer_id, ticket_id, repair_order_id, engineer_id, serial_number,"
                    + " product_model, category, status, cause, registered_at, feedback_due_by, feedback_overdue_from,"
                    + " feedback_given_at, feedback_on_time, overdue_recorded, accepted, penalty_id,"
                    + " left(content, " + EXCERPT + ") as excerpt, length(content) as content_length";

    /** C4: the feedback missed its due day, as it stands at {@code ?} (now). */
    private static final String OVERDUE = "(overdue_recorded or (accepted is not false and (feedback_on_time is false"
            + " or (feedback_given_at is null and feedback_overdue_from is not null and feedback_overdue_from <= ?))))";

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final Clock clock;

    public ComplaintQueries(JdbcTemplate jdbc, EventStore eventStore, Clock clock) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @QueryHandler
    public List<ComplaintSummaryView> handle(FindComplaintsQuery query) {
        Timestamp now = Timestamp.from(clock.instant());
        ComplaintFilter filter = query.filter();
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        arguments.add(now);
        if (filter.status() != null) {
            where.append(" and status = ?");
            arguments.add(filter.status().name());
        }
        if (filter.category() != null) {
            where.append(" and category = ?");
            arguments.add(filter.category().name());
        }
        if (filter.engineerId() != null) {
            where.append(" and engineer_id = ?");
            arguments.add(filter.engineerId().value());
        }
        if (filter.product() != null) {
            where.append(" and (serial_number ilike ? escape '\\' or product_model ilike ? escape '\\')");
            String pattern = "%" + like(filter.product()) + "%";
            arguments.add(pattern);
            arguments.add(pattern);
        }
        if (filter.month() != null) {
            where.append(" and registered_on >= ? and registered_on < ?");
            arguments.add(Date.valueOf(filter.month().atDay(1)));
            arguments.add(Date.valueOf(filter.month().plusMonths(1).atDay(1)));
        }
        if (filter.overdueOnly()) {
            where.append(" and ").append(OVERDUE);
            arguments.add(now);
        }
        arguments.add(query.limit());
        return jdbc.query(
                "select " + COLUMNS + ", " + OVERDUE + " as overdue from complaint_view" + where
                        + " order by registered_at desc, complaint_id limit ?",
                ComplaintQueries::summary,
                arguments.toArray());
    }

    @QueryHandler
    public List<ComplaintSummaryView> handle(FindEngineerComplaintsQuery query) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(Timestamp.from(clock.instant()));
        arguments.add(query.engineerId().value());
        StringBuilder where = new StringBuilder(" where engineer_id = ?");
        if (query.from() != null) {
            where.append(" and registered_on >= ?");
            arguments.add(Date.valueOf(query.from().atDay(1)));
        }
        if (query.to() != null) {
            where.append(" and registered_on < ?");
            arguments.add(Date.valueOf(query.to().plusMonths(1).atDay(1)));
        }
        return jdbc.query(
                "select " + COLUMNS + ", " + OVERDUE + " as overdue from complaint_view" + where
                        + " order by registered_at desc, complaint_id",
                ComplaintQueries::summary,
                arguments.toArray());
    }

    @QueryHandler
    public ComplaintView handle(FindComplaintQuery query) {
        String id = query.complaintId().value();
        List<ComplaintView> found = jdbc.query(
                "select " + COLUMNS + ", " + OVERDUE + " as overdue, content, registered_by, callback_ticket_id,"
                        + " callback_sequence, callback_event_id, feedback_working_days, authentic, reasonable,"
                        + " review_reasons, reviewed_by, reviewed_at, linked_quality_reviews, cause_analysis, analysed_by,"
                        + " handling_plan, planned_by, handling_actions, handled_by, feedback_method, customer_response,"
                        + " customer_satisfied, feedback_given_by, result_summary, result_recipients, result_sent_by,"
                        + " archived_from, archived_by, archived_at, penalty_kind, penalty_proposed_by, complaint_version"
                        + " from complaint_view where complaint_id = ?",
                (rs, i) -> {
                    String callbackTicket = rs.getString("callback_ticket_id");
                    String feedbackMethod = rs.getString("feedback_method");
                    String archivedFrom = rs.getString("archived_from");
                    String penaltyKind = rs.getString("penalty_kind");
                    return new ComplaintView(
                            summary(rs, i),
                            rs.getString("content"),
                            rs.getString("registered_by"),
                            callbackTicket == null
                                    ? null
                                    : new CallbackRef(
                                            new TicketId(callbackTicket),
                                            rs.getLong("callback_sequence"),
                                            rs.getString("callback_event_id")),
                            rs.getInt("feedback_working_days"),
                            bool(rs, "authentic"),
                            bool(rs, "reasonable"),
                            rs.getString("review_reasons"),
                            rs.getString("reviewed_by"),
                            instant(rs, "reviewed_at"),
                            strings(rs.getArray("linked_quality_reviews")),
                            rs.getString("cause_analysis"),
                            rs.getString("analysed_by"),
                            rs.getString("handling_plan"),
                            rs.getString("planned_by"),
                            rs.getString("handling_actions"),
                            rs.getString("handled_by"),
                            feedbackMethod == null ? null : FeedbackMethod.valueOf(feedbackMethod),
                            rs.getString("customer_response"),
                            bool(rs, "customer_satisfied"),
                            rs.getString("feedback_given_by"),
                            rs.getString("result_summary"),
                            strings(rs.getArray("result_recipients")),
                            rs.getString("result_sent_by"),
                            archivedFrom == null ? null : ComplaintStatus.valueOf(archivedFrom),
                            rs.getString("archived_by"),
                            instant(rs, "archived_at"),
                            penaltyKind == null ? null : PenaltyKind.valueOf(penaltyKind),
                            rs.getString("penalty_proposed_by"),
                            rs.getLong("complaint_version"),
                            List.of());
                },
                Timestamp.from(clock.instant()),
                id);
        if (found.isEmpty()) {
            return null;
        }
        ComplaintView row = found.get(0);
        return new ComplaintView(
                row.summary(),
                row.content(),
                row.registeredBy(),
                row.callback(),
                row.feedbackWorkingDays(),
                row.authentic(),
                row.reasonable(),
                row.reviewReasons(),
                row.reviewedBy(),
                row.reviewedAt(),
                row.linkedQualityReviews(),
                row.causeAnalysis(),
                row.analysedBy(),
                row.handlingPlan(),
                row.plannedBy(),
                row.handlingActions(),
                row.handledBy(),
                row.feedbackMethod(),
                row.customerResponse(),
                row.customerSatisfied(),
                row.feedbackGivenBy(),
                row.resultSummary(),
                row.resultRecipients(),
                row.resultSentBy(),
                row.archivedFrom(),
                row.archivedBy(),
                row.archivedAt(),
                row.penaltyKind(),
                row.penaltyProposedBy(),
                row.version(),
                facts(id));
    }

    @QueryHandler
    public ComplaintAnalysisView handle(FindComplaintAnalysisQuery query) {
        Date from = Date.valueOf(query.from().atDay(1));
        Date until = Date.valueOf(query.to().plusMonths(1).atDay(1));
        String period = " from complaint_view where registered_on >= ? and registered_on < ?";
        long registered = jdbc.queryForObject("select count(*)" + period, Long.class, from, until);
        Map<YearMonth, ComplaintAnalysisView.Month> trend = new LinkedHashMap<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            trend.put(month, new ComplaintAnalysisView.Month(month, 0, 0, 0, 0, 0));
        }
        jdbc.query(
                "select to_char(registered_on, 'YYYY-MM') as month, count(*) as registered,"
                        + " count(*) filter (where accepted) as accepted,"
                        + " count(*) filter (where accepted is false) as rejected,"
                        + " count(*) filter (where feedback_on_time is false) as late,"
                        + " count(*) filter (where " + OVERDUE + ") as overdue"
                        + period + " group by 1 order by 1",
                row -> {
                    YearMonth month = YearMonth.parse(row.getString("month"));
                    trend.put(
                            month,
                            new ComplaintAnalysisView.Month(
                                    month,
                                    row.getLong("registered"),
                                    row.getLong("accepted"),
                                    row.getLong("rejected"),
                                    row.getLong("late"),
                                    row.getLong("overdue")));
                },
                Timestamp.from(clock.instant()),
                from,
                until);
        return new ComplaintAnalysisView(
                query.from(),
                query.to(),
                registered,
                counts("category", period, from, until),
                counts("cause", period, from, until),
                counts("engineer_id", period, from, until),
                counts("product_model", period, from, until),
                List.copyOf(trend.values()));
    }

    private List<ComplaintAnalysisView.Count> counts(String column, String period, Date from, Date until) {
        return jdbc.query(
                "select " + column + " as key, count(*) as n" + period + " and " + column + " is not null group by 1"
                        + " order by 2 desc, 1",
                (rs, i) -> new ComplaintAnalysisView.Count(rs.getString("key"), rs.getLong("n")),
                from,
                until);
    }

    private List<ComplaintFactView> facts(String complaintId) {
        return eventStore
                .readEvents(complaintId, 0)
                .asStream()
                .map(ComplaintQueries::fact)
                .toList();
    }

    private static ComplaintFactView fact(DomainEventMessage<?> event) {
        return new ComplaintFactView(
                event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                event.getTimestamp(),
                (String) event.getMetaData().get(ActorMetadata.USER_ID),
                (String) event.getMetaData().get(ActorMetadata.ROLE));
    }

    private static ComplaintSummaryView summary(ResultSet rs, int i) throws SQLException {
        String category = rs.getString("category");
        String cause = rs.getString("cause");
        Date due = rs.getDate("feedback_due_by");
        String excerpt = rs.getString("excerpt");
        if (rs.getInt("content_length") > EXCERPT) {
            excerpt = excerpt + "…";
        }
        return new ComplaintSummaryView(
                rs.getString("complaint_id"),
                ComplaintChannel.valueOf(rs.getString("channel")),
                rs.getString("customer_id"),
                rs.getString("ticket_id"),
                rs.getString("repair_order_id"),
                rs.getString("engineer_id"),
                rs.getString("serial_number"),
                rs.getString("product_model"),
                category == null ? null : ComplaintCategory.valueOf(category),
                ComplaintStatus.valueOf(rs.getString("status")),
                cause == null ? null : ComplaintCause.valueOf(cause),
                rs.getTimestamp("registered_at").toInstant(),
                due == null ? null : due.toLocalDate(),
                instant(rs, "feedback_overdue_from"),
                instant(rs, "feedback_given_at"),
                bool(rs, "feedback_on_time"),
                rs.getBoolean("overdue"),
                bool(rs, "accepted"),
                rs.getString("penalty_id"),
                excerpt);
    }

    /** A partial product as a LIKE pattern's literal part. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
