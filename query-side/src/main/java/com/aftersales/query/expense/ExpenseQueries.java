package com.aftersales.query.expense;

import com.aftersales.api.expense.ClaimStage;
import com.aftersales.api.expense.ClaimStatus;
import com.aftersales.api.expense.EngineerClaimStatisticsView;
import com.aftersales.api.expense.ExpenseClaimSummaryView;
import com.aftersales.api.expense.ExpenseClaimVersionView;
import com.aftersales.api.expense.ExpenseClaimView;
import com.aftersales.api.expense.ExpenseEvidenceView;
import com.aftersales.api.expense.ExpenseFlagEvidenceView;
import com.aftersales.api.expense.ExpenseFlagView;
import com.aftersales.api.expense.ExpenseInvoiceUseView;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FindApprovalQueueQuery;
import com.aftersales.api.expense.FindAuditQueueQuery;
import com.aftersales.api.expense.FindEngineerClaimStatisticsQuery;
import com.aftersales.api.expense.FindExpenseClaimQuery;
import com.aftersales.api.expense.FindExpenseClaimsQuery;
import com.aftersales.api.expense.FindExpenseFlagQuery;
import com.aftersales.api.expense.FindMyExpenseClaimsQuery;
import com.aftersales.api.expense.FindOutstandingAdvancesQuery;
import com.aftersales.api.expense.FindRulePrecisionQuery;
import com.aftersales.api.expense.FindTravelAdvancesQuery;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.OutstandingAdvanceView;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.RulePrecisionView;
import com.aftersales.api.expense.TravelAdvanceStatus;
import com.aftersales.api.expense.TravelAdvanceView;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.policy.PolicySettingsChangedEvent;
import com.aftersales.query.history.AggregateHistoryQueries;
import com.aftersales.query.history.RecordedFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The questions people ask of expense claims and advances (X2, X5, X6, X9, S1): the lists and
 * queues, one claim with its versions side by side and its flags, a flag with the facts behind its
 * evidence (read from the event store, so they are exactly what was recorded), the per-engineer
 * statistics, the rules' precision and the outstanding advances. Each list is one query.
 */
public class ExpenseQueries {
    private static final String SUMMARY = "select claim_id, engineer_id, current_version, status, destination_city,"
            + " start_date, end_date, total, reimbursable, paid, advance_id, risk_score, open_flags, submitted_at,"
            + " last_changed_at from expense_claim_view";
    private static final String FLAGS = "select claim_id, flag_id, version, engineer_id, line_no, rule, rule_version,"
            + " weight, value_keys, value_values, evidence, explanation, flagged_at, decision, decided_by,"
            + " decided_role, reason, scope, penalty_id, decided_at from expense_flag_view";
    private static final String LINES = "select claim_id, version, line_no, category, invoice_code, invoice_number,"
            + " issuer, issue_date, issue_city, amount, receipt_sha256, receipt_media_type, receipt_file_name,"
            + " receipt_size, description from expense_claim_line_view";
    private static final String ADVANCES = "select advance_id, engineer_id, destination_city, start_date, end_date,"
            + " amount, purpose, status, requested_at, approved_by, paid_by, payment_reference, rejected_by,"
            + " reject_reason, claim_id, reimbursed, return_due, returned from travel_advance_view";

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final RecordedFacts facts;

    public ExpenseQueries(JdbcTemplate jdbc, EventStore eventStore, Serializer serializer) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.facts = new RecordedFacts(jdbc, eventStore, serializer);
    }

    @QueryHandler
    public List<ExpenseClaimSummaryView> handle(FindExpenseClaimsQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        if (query.status() != null) {
            where.append(" and status = ?");
            arguments.add(query.status().name());
        }
        if (query.engineerId() != null) {
            where.append(" and engineer_id = ?");
            arguments.add(query.engineerId().value());
        }
        arguments.add(query.limit());
        return jdbc.query(
                SUMMARY + where + " order by submitted_at desc, claim_id limit ?",
                ExpenseQueries::summary,
                arguments.toArray());
    }

    @QueryHandler
    public List<ExpenseClaimSummaryView> handle(FindMyExpenseClaimsQuery query) {
        return jdbc.query(
                SUMMARY + " where engineer_id = ? order by submitted_at desc, claim_id",
                ExpenseQueries::summary,
                query.engineerId().value());
    }

    /** S1: a supervisor never sees their own claim to approve. */
    @QueryHandler
    public List<ExpenseClaimSummaryView> handle(FindApprovalQueueQuery query) {
        return jdbc.query(
                SUMMARY + " where status = 'SUBMITTED' and engineer_id <> ? order by submitted_at, claim_id",
                ExpenseQueries::summary,
                query.reader() == null ? "" : query.reader().value());
    }

    /** X5, S1: the riskiest first; finance never audits their own claim. */
    @QueryHandler
    public List<ExpenseClaimSummaryView> handle(FindAuditQueueQuery query) {
        return jdbc.query(
                SUMMARY + " where status in ('APPROVED', 'AUDITED') and engineer_id <> ?"
                        + " order by (status = 'AUDITED'), risk_score desc, submitted_at, claim_id",
                ExpenseQueries::summary,
                query.reader() == null ? "" : query.reader().value());
    }

    @QueryHandler
    public ExpenseClaimView handle(FindExpenseClaimQuery query) {
        String claimId = query.claimId().value();
        List<ExpenseClaimSummaryView> summary =
                jdbc.query(SUMMARY + " where claim_id = ?", ExpenseQueries::summary, claimId);
        if (summary.isEmpty()) {
            return null;
        }
        Map<Integer, List<ExpenseLine>> lines = linesByVersion(claimId);
        List<ExpenseClaimVersionView> versions = jdbc.query(
                """
                select version, previous_version, destination_city, route, start_date, end_date, dispatch_ids, purpose,
                    total, correction_note, status, submitted_by, submitted_at, approved_by, audited_by, reimbursable,
                    paid_by, payable, payment_reference, rejected_stage, rejected_by, reject_reason
                from expense_claim_version_view where claim_id = ? order by version""",
                (rs, i) -> new ExpenseClaimVersionView(
                        rs.getInt("version"),
                        (Integer) rs.getObject("previous_version"),
                        new Trip(
                                rs.getString("destination_city"),
                                strings(rs.getArray("route")),
                                rs.getDate("start_date").toLocalDate(),
                                rs.getDate("end_date").toLocalDate(),
                                strings(rs.getArray("dispatch_ids")),
                                rs.getString("purpose")),
                        lines.getOrDefault(rs.getInt("version"), List.of()),
                        rs.getBigDecimal("total"),
                        rs.getString("correction_note"),
                        ClaimStatus.valueOf(rs.getString("status")),
                        rs.getString("submitted_by"),
                        instant(rs.getTimestamp("submitted_at")),
                        rs.getString("approved_by"),
                        rs.getString("audited_by"),
                        rs.getBigDecimal("reimbursable"),
                        rs.getString("paid_by"),
                        rs.getBigDecimal("payable"),
                        rs.getString("payment_reference"),
                        rs.getString("rejected_stage") == null
                                ? null
                                : ClaimStage.valueOf(rs.getString("rejected_stage")),
                        rs.getString("rejected_by"),
                        rs.getString("reject_reason")),
                claimId);
        List<ExpenseFlagView> flags = jdbc.query(
                FLAGS + " where claim_id = ? order by version, line_no, weight desc, flag_id",
                ExpenseQueries::flag,
                claimId);
        return new ExpenseClaimView(summary.get(0), versions, flags);
    }

    private Map<Integer, List<ExpenseLine>> linesByVersion(String claimId) {
        Map<Integer, List<ExpenseLine>> byVersion = new LinkedHashMap<>();
        jdbc.query(
                LINES + " where claim_id = ? order by version, line_no",
                rs -> {
                    byVersion
                            .computeIfAbsent(rs.getInt("version"), v -> new ArrayList<>())
                            .add(line(rs));
                },
                claimId);
        return byVersion;
    }

    /**
     * X5, X6: the flag with its line and the facts each evidence names: for an event, that event;
     * for a ticket or a phone-duty failure, every event of it; for a policy version, the change that
     * made it; for another claim, its lines with the same invoice as the flagged line.
     */
    @QueryHandler
    public ExpenseFlagEvidenceView handle(FindExpenseFlagQuery query) {
        List<ExpenseFlagView> flags = jdbc.query(
                FLAGS + " where claim_id = ? and flag_id = ?",
                ExpenseQueries::flag,
                query.claimId().value(),
                query.flagId());
        if (flags.isEmpty()) {
            return null;
        }
        ExpenseFlagView flag = flags.get(0);
        List<ExpenseLine> lines = jdbc.query(
                LINES + " where claim_id = ? and version = ? and line_no = ?",
                (rs, i) -> line(rs),
                flag.claimId(),
                flag.version(),
                flag.lineNo());
        ExpenseLine line = lines.isEmpty() ? null : lines.get(0);
        return new ExpenseFlagEvidenceView(
                flag,
                line,
                flag.evidence().stream().map(ref -> evidence(ref, flag, line)).toList());
    }

    private ExpenseEvidenceView evidence(EvidenceRef ref, ExpenseFlagView flag, ExpenseLine line) {
        return switch (ref.kind()) {
            case EVENT, CALLBACK -> facts(ref, facts.ofEvent(ref.id()));
            case TICKET, PHONE_DUTY_FAILURE, COMPLAINT, REPAIR_ORDER, QUALITY_REVIEW ->
                facts(ref, facts.ofAggregate(ref.id()));
            case POLICY_VERSION -> facts(ref, policyVersionFacts(ref.id()));
            case EXPENSE_AUDIT -> {
                List<ExpenseInvoiceUseView> uses = invoiceUses(ref.id(), flag, line);
                yield new ExpenseEvidenceView(ref, !uses.isEmpty(), List.of(), uses);
            }
            default -> new ExpenseEvidenceView(ref, false, List.of(), List.of());
        };
    }

    private static ExpenseEvidenceView facts(EvidenceRef ref, List<HistoryEntryView> facts) {
        return new ExpenseEvidenceView(ref, !facts.isEmpty(), facts, List.of());
    }

    /** The other claim's lines with the flagged line's invoice; its every line when the flag is on the whole claim. */
    private List<ExpenseInvoiceUseView> invoiceUses(String otherClaimId, ExpenseFlagView flag, ExpenseLine line) {
        String sql =
                "select l.claim_id, l.version, l.line_no, c.engineer_id, c.status, l.invoice_code, l.invoice_number,"
                        + " l.issuer, l.issue_date, l.issue_city, l.amount from expense_claim_line_view l"
                        + " join expense_claim_view c on c.claim_id = l.claim_id where l.claim_id = ?";
        List<Object> arguments = new ArrayList<>(List.of(otherClaimId));
        if (line != null) {
            sql += " and l.invoice_key = ?";
            arguments.add(line.invoice().key());
            if (otherClaimId.equals(flag.claimId())) {
                sql += " and not (l.version = ? and l.line_no = ?)";
                arguments.add(flag.version());
                arguments.add(flag.lineNo());
            }
        }
        return jdbc.query(
                sql + " order by l.version, l.line_no",
                (rs, i) -> new ExpenseInvoiceUseView(
                        rs.getString("claim_id"),
                        rs.getInt("version"),
                        rs.getInt("line_no"),
                        rs.getString("engineer_id"),
                        ClaimStatus.valueOf(rs.getString("status")),
                        new InvoiceRef(rs.getString("invoice_code"), rs.getString("invoice_number")).toString(),
                        rs.getString("issuer"),
                        rs.getDate("issue_date").toLocalDate(),
                        rs.getString("issue_city"),
                        rs.getBigDecimal("amount")),
                arguments.toArray());
    }

    /** The policy change that made version {@code id}: the company policy changes rarely. */
    private List<HistoryEntryView> policyVersionFacts(String id) {
        int version;
        try {
            version = Integer.parseInt(id.strip());
        } catch (NumberFormatException notAVersion) {
            return List.of();
        }
        return eventStore
                .readEvents(PolicyId.COMPANY.value(), 0)
                .asStream()
                .filter(event -> event.getPayload() instanceof PolicySettingsChangedEvent changed
                        && changed.version() == version)
                .map(event -> AggregateHistoryQueries.entryOf(event, serializer))
                .toList();
    }

    /** X2, X5, X6: one grouped query over the claims, by engineer. */
    @QueryHandler
    public List<EngineerClaimStatisticsView> handle(FindEngineerClaimStatisticsQuery query) {
        return jdbc.query(
                """
                select engineer_id, count(*) as claimed, sum(total) as claimed_amount,
                    count(*) filter (where status = 'PAID') as paid, coalesce(sum(paid) filter (where status = 'PAID'), 0) as paid_amount,
                    count(*) filter (where status = 'REJECTED') as rejected,
                    coalesce(sum(total) filter (where status = 'REJECTED'), 0) as rejected_amount,
                    count(*) filter (where ever_flagged) as flagged, coalesce(sum(total) filter (where ever_flagged), 0) as flagged_amount,
                    count(*) filter (where ever_confirmed) as confirmed,
                    coalesce(sum(total) filter (where ever_confirmed), 0) as confirmed_amount
                from expense_claim_view group by engineer_id order by engineer_id""",
                (rs, i) -> new EngineerClaimStatisticsView(
                        rs.getString("engineer_id"),
                        rs.getLong("claimed"),
                        rs.getBigDecimal("claimed_amount"),
                        rs.getLong("paid"),
                        rs.getBigDecimal("paid_amount"),
                        rs.getLong("rejected"),
                        rs.getBigDecimal("rejected_amount"),
                        rs.getLong("flagged"),
                        rs.getBigDecimal("flagged_amount"),
                        rs.getLong("confirmed"),
                        rs.getBigDecimal("confirmed_amount")));
    }

    /** X5, X6: confirmed / decided per rule and month of the decision. */
    @QueryHandler
    public List<RulePrecisionView> handle(FindRulePrecisionQuery query) {
        return jdbc.query("""
                select rule, decided_month, count(*) as decided, count(*) filter (where decision = 'CONFIRMED') as confirmed
                from expense_flag_view where decision is not null
                group by rule, decided_month order by decided_month desc, rule""", (rs, i) -> {
            FraudRule rule = FraudRule.valueOf(rs.getString("rule"));
            long decided = rs.getLong("decided");
            long confirmed = rs.getLong("confirmed");
            return new RulePrecisionView(
                    rule,
                    rule.ruleId(),
                    rs.getString("decided_month"),
                    decided,
                    confirmed,
                    BigDecimal.valueOf(confirmed).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP));
        });
    }

    @QueryHandler
    public List<TravelAdvanceView> handle(FindTravelAdvancesQuery query) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        if (query.engineerId() != null) {
            where.append(" and engineer_id = ?");
            arguments.add(query.engineerId().value());
        }
        if (query.status() != null) {
            where.append(" and status = ?");
            arguments.add(query.status().name());
        }
        return jdbc.query(
                ADVANCES + where + " order by requested_at desc, advance_id",
                (rs, i) -> new TravelAdvanceView(
                        rs.getString("advance_id"),
                        rs.getString("engineer_id"),
                        rs.getString("destination_city"),
                        rs.getDate("start_date").toLocalDate(),
                        rs.getDate("end_date").toLocalDate(),
                        rs.getBigDecimal("amount"),
                        rs.getString("purpose"),
                        TravelAdvanceStatus.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("requested_at")),
                        rs.getString("approved_by"),
                        rs.getString("paid_by"),
                        rs.getString("payment_reference"),
                        rs.getString("rejected_by"),
                        rs.getString("reject_reason"),
                        rs.getString("claim_id"),
                        rs.getBigDecimal("reimbursed"),
                        rs.getBigDecimal("return_due"),
                        rs.getBigDecimal("returned")),
                arguments.toArray());
    }

    /** X9: paid and not settled, plus what settled advances still have to come back. */
    @QueryHandler
    public List<OutstandingAdvanceView> handle(FindOutstandingAdvancesQuery query) {
        return jdbc.query(
                """
                select engineer_id,
                    count(*) filter (where status = 'PAID') as unsettled,
                    coalesce(sum(amount) filter (where status = 'PAID'), 0) as unsettled_amount,
                    count(*) filter (where status = 'SETTLED' and return_due > returned) as return_due,
                    coalesce(sum(return_due - returned) filter (where status = 'SETTLED' and return_due > returned), 0)
                        as return_due_amount
                from travel_advance_view where status in ('PAID', 'SETTLED')
                group by engineer_id
                having count(*) filter (where status = 'PAID' or (status = 'SETTLED' and return_due > returned)) > 0
                order by engineer_id""",
                (rs, i) -> new OutstandingAdvanceView(
                        rs.getString("engineer_id"),
                        rs.getLong("unsettled"),
                        rs.getBigDecimal("unsettled_amount"),
                        rs.getLong("return_due"),
                        rs.getBigDecimal("return_due_amount"),
                        rs.getBigDecimal("unsettled_amount").add(rs.getBigDecimal("return_due_amount"))));
    }

    static ExpenseClaimSummaryView summary(ResultSet rs, int row) throws SQLException {
        return new ExpenseClaimSummaryView(
                rs.getString("claim_id"),
                rs.getString("engineer_id"),
                rs.getInt("current_version"),
                ClaimStatus.valueOf(rs.getString("status")),
                rs.getString("destination_city"),
                rs.getDate("start_date").toLocalDate(),
                rs.getDate("end_date").toLocalDate(),
                rs.getBigDecimal("total"),
                rs.getBigDecimal("reimbursable"),
                rs.getBigDecimal("paid"),
                rs.getString("advance_id"),
                rs.getInt("risk_score"),
                rs.getInt("open_flags"),
                instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("last_changed_at")));
    }

    static ExpenseFlagView flag(ResultSet rs, int row) throws SQLException {
        List<String> keys = strings(rs.getArray("value_keys"));
        List<String> values = strings(rs.getArray("value_values"));
        Map<String, String> computed = new LinkedHashMap<>();
        for (int i = 0; i < keys.size() && i < values.size(); i++) {
            computed.put(keys.get(i), values.get(i));
        }
        return new ExpenseFlagView(
                rs.getString("claim_id"),
                rs.getString("flag_id"),
                rs.getInt("version"),
                rs.getString("engineer_id"),
                rs.getInt("line_no"),
                FraudRule.valueOf(rs.getString("rule")),
                rs.getInt("rule_version"),
                rs.getInt("weight"),
                computed,
                strings(rs.getArray("evidence")).stream()
                        .map(EvidenceRef::parse)
                        .toList(),
                rs.getString("explanation"),
                instant(rs.getTimestamp("flagged_at")),
                rs.getString("decision") == null ? null : FlagDecision.valueOf(rs.getString("decision")),
                rs.getString("decided_by"),
                rs.getString("decided_role"),
                rs.getString("reason"),
                rs.getString("scope") == null ? null : NonReimbursableScope.valueOf(rs.getString("scope")),
                rs.getString("penalty_id"),
                instant(rs.getTimestamp("decided_at")));
    }

    static ExpenseLine line(ResultSet rs) throws SQLException {
        String sha = rs.getString("receipt_sha256");
        return new ExpenseLine(
                rs.getInt("line_no"),
                ExpenseLineCategory.valueOf(rs.getString("category")),
                new InvoiceRef(rs.getString("invoice_code"), rs.getString("invoice_number")),
                rs.getString("issuer"),
                rs.getDate("issue_date").toLocalDate(),
                rs.getString("issue_city"),
                rs.getBigDecimal("amount"),
                sha == null
                        ? null
                        : new ReceiptFile(
                                sha,
                                rs.getString("receipt_media_type"),
                                rs.getString("receipt_file_name"),
                                rs.getLong("receipt_size")),
                rs.getString("description"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
