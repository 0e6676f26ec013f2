package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimResubmittedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link RecordedClaims}: which versions were submitted when and what was flagged on them from
 * the lookup tables (expense_claim_version, expense_flag_record); their trip and lines from the
 * claim's own events, as recorded.
 */
public class JdbcRecordedClaims implements RecordedClaims {
    private final JdbcTemplate jdbc;
    private final EventStore events;

    public JdbcRecordedClaims(JdbcTemplate jdbc, EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Submitted(String claimId, int version, java.time.Instant at) {}

    @Override
    public List<RecordedVersion> submittedBetween(java.time.Instant from, java.time.Instant to) {
        List<Submitted> submitted = jdbc.query(
                "select claim_id, version, submitted_at from expense_claim_version"
                        + " where submitted_at >= ? and submitted_at <= ? order by submitted_at, claim_id, version",
                (rs, row) -> new Submitted(
                        rs.getString("claim_id"),
                        rs.getInt("version"),
                        rs.getTimestamp("submitted_at").toInstant()),
                Timestamp.from(from),
                Timestamp.from(to));
        List<RecordedVersion> versions = new ArrayList<>();
        for (Submitted one : submitted) {
            claimOf(one).ifPresent(claim -> versions.add(new RecordedVersion(claim, flagsOf(one))));
        }
        return versions;
    }

    private Optional<ClaimUnderScreening> claimOf(Submitted one) {
        ExpenseClaimId id = new ExpenseClaimId(one.claimId());
        return events.readEvents(one.claimId(), 0)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(payload -> {
                    if (payload instanceof ExpenseClaimSubmittedEvent event && event.version() == one.version()) {
                        return new ClaimUnderScreening(
                                id, event.version(), event.engineerId(), event.trip(), event.lines(), one.at());
                    }
                    if (payload instanceof ExpenseClaimResubmittedEvent event && event.version() == one.version()) {
                        return new ClaimUnderScreening(
                                id, event.version(), event.engineerId(), event.trip(), event.lines(), one.at());
                    }
                    return null;
                })
                .filter(claim -> claim != null)
                .findFirst();
    }

    private List<RecordedFlag> flagsOf(Submitted one) {
        return jdbc.query(
                "select flag_id, line_no, rule, decision from expense_flag_record where claim_id = ? and version = ?"
                        + " order by flag_id",
                (rs, row) -> new RecordedFlag(
                        rs.getString("flag_id"),
                        rs.getInt("line_no"),
                        FraudRule.valueOf(rs.getString("rule")),
                        "OPEN".equals(rs.getString("decision"))
                                ? null
                                : FlagDecision.valueOf(rs.getString("decision"))),
                one.claimId(),
                one.version());
    }
}
