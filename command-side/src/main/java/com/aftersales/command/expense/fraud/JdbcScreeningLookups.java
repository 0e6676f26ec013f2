package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.PhoneDutyFailureId;
import com.aftersales.api.policy.ExpenseCaps;
import com.aftersales.command.expense.ClaimUnderScreening;
import com.aftersales.command.policy.CurrentPolicy;
import com.aftersales.command.policy.PolicyVersions;
import com.aftersales.command.policy.UnknownPolicyVersionException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link ScreeningLookups} from the command-side tables {@link ExpenseScreeningTables} keeps, in
 * the claim's own transaction: what was committed before it, and what its own unit of work wrote.
 * The window read is the trip and every line's issue date, so a receipt from outside the trip is
 * still compared with where the engineer was that day.
 */
public class JdbcScreeningLookups implements ScreeningLookups {
    private final JdbcTemplate jdbc;
    private final PolicyVersions policies;

    public JdbcScreeningLookups(JdbcTemplate jdbc, PolicyVersions policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    @Override
    public ScreeningFacts gather(ClaimUnderScreening claim, List<RegisteredKey> earlierHolders) {
        String engineer = claim.engineerId().value();
        LocalDate from = window(claim).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = window(claim).max(LocalDate::compareTo).orElseThrow();
        List<DispatchRecord> dispatches = jdbc.query(
                "select event_id, ticket_id, dispatch_id, city, start_date, end_date from expense_dispatch"
                        + " where engineer_id = ? and start_date <= ? and end_date >= ? order by start_date, event_id",
                (rs, row) -> new DispatchRecord(
                        rs.getString("event_id"),
                        rs.getString("ticket_id"),
                        rs.getString("dispatch_id"),
                        rs.getString("city"),
                        rs.getDate("start_date").toLocalDate(),
                        rs.getDate("end_date").toLocalDate()),
                engineer,
                Date.valueOf(to),
                Date.valueOf(from));
        List<ArrivalRecord> arrivals = jdbc.query(
                "select a.event_id, a.ticket_id, (a.arrived_at at time zone 'Asia/Shanghai')::date as day,"
                        + " (select d.city from expense_dispatch d where d.ticket_id = a.ticket_id"
                        + "    and d.engineer_id = a.engineer_id"
                        + "  order by (d.start_date <= (a.arrived_at at time zone 'Asia/Shanghai')::date"
                        + "    and d.end_date >= (a.arrived_at at time zone 'Asia/Shanghai')::date) desc,"
                        + "    d.start_date desc limit 1) as city"
                        + " from expense_arrival a where a.engineer_id = ?"
                        + " and (a.arrived_at at time zone 'Asia/Shanghai')::date between ? and ?"
                        + " order by a.arrived_at, a.event_id",
                (rs, row) -> new ArrivalRecord(
                        rs.getString("event_id"),
                        rs.getString("ticket_id"),
                        rs.getDate("day").toLocalDate(),
                        rs.getString("city")),
                engineer,
                Date.valueOf(from),
                Date.valueOf(to));
        List<ClaimRecord> otherClaims = jdbc.query(
                "select * from (select distinct on (claim_id) claim_id, version, destination, start_date, end_date,"
                        + " total from expense_claim_version where engineer_id = ? and claim_id <> ?"
                        + " order by claim_id, version desc) latest"
                        + " where start_date <= ? and end_date >= ? order by claim_id",
                (rs, row) -> new ClaimRecord(
                        new ExpenseClaimId(rs.getString("claim_id")),
                        rs.getInt("version"),
                        rs.getString("destination"),
                        rs.getDate("start_date").toLocalDate(),
                        rs.getDate("end_date").toLocalDate(),
                        rs.getBigDecimal("total")),
                engineer,
                claim.claimId().value(),
                Date.valueOf(claim.trip().endDate()),
                Date.valueOf(claim.trip().startDate()));
        List<PhoneDutyRecord> failures = jdbc.query(
                "select failure_id, called_at, accepted from expense_phone_duty_failure where engineer_id = ?"
                        + " and called_at >= ? and called_at < ? order by called_at",
                (rs, row) -> new PhoneDutyRecord(
                        new PhoneDutyFailureId(rs.getString("failure_id")),
                        rs.getTimestamp("called_at").toInstant(),
                        (Boolean) rs.getObject("accepted")),
                engineer,
                Timestamp.from(claim.trip()
                        .startDate()
                        .minusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()),
                Timestamp.from(claim.trip()
                        .endDate()
                        .plusDays(2)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()));
        int policyVersion = 0;
        ExpenseCaps caps = null;
        try {
            CurrentPolicy policy = policies.current();
            policyVersion = policy.version();
            caps = policy.settings().expenseCaps();
        } catch (UnknownPolicyVersionException noPolicyYet) {
            // no policy, no caps: OVER_POLICY_CAP has nothing to compare with
        }
        return new ScreeningFacts(earlierHolders, dispatches, arrivals, otherClaims, failures, policyVersion, caps);
    }

    private static Stream<LocalDate> window(ClaimUnderScreening claim) {
        return Stream.concat(
                Stream.of(claim.trip().startDate(), claim.trip().endDate()),
                claim.lines().stream().map(ExpenseLine::issueDate).filter(day -> day != null));
    }
}
