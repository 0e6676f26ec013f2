package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * X3 ISSUE_DATE_OUTSIDE_TRIP: a receipt issued before the trip started or after it ended. An
 * intercity ticket may be issued up to {@link RuleParameters#advancePurchaseDays()} days before the
 * start, because tickets are bought ahead. The evidence is the engineer's dispatches to the destination
 * during the trip: the days they put him there.
 */
public final class IssueDateOutsideTripCheck implements FraudCheck {
    private final int advancePurchaseDays;

    public IssueDateOutsideTripCheck(RuleParameters parameters) {
        this.advancePurchaseDays = parameters.advancePurchaseDays();
    }

    @Override
    public FraudRule rule() {
        return FraudRule.ISSUE_DATE_OUTSIDE_TRIP;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.ISSUE_DATE_OUTSIDE_TRIP;
    }

    @Override
    public List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts) {
        return claim.lines().stream()
                .filter(line -> line.issueDate() != null)
                .filter(line -> outside(claim, line))
                .map(line -> flag(claim, line, TripDispatches.of(claim.trip(), facts, line.issueDate())))
                .toList();
    }

    private LocalDate earliest(ClaimUnderScreening claim, ExpenseLine line) {
        return line.category() == ExpenseLineCategory.INTERCITY_TRANSPORT
                ? claim.trip().startDate().minusDays(advancePurchaseDays)
                : claim.trip().startDate();
    }

    private boolean outside(ClaimUnderScreening claim, ExpenseLine line) {
        return line.issueDate().isBefore(earliest(claim, line))
                || line.issueDate().isAfter(claim.trip().endDate());
    }

    private ExpenseFlag flag(ClaimUnderScreening claim, ExpenseLine line, List<DispatchRecord> dispatches) {
        LocalDate start = claim.trip().startDate();
        LocalDate end = claim.trip().endDate();
        long daysOutside = line.issueDate().isAfter(end)
                ? ChronoUnit.DAYS.between(end, line.issueDate())
                : ChronoUnit.DAYS.between(line.issueDate(), start);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("issueDate", line.issueDate().toString());
        values.put("startDate", start.toString());
        values.put("endDate", end.toString());
        values.put("earliestIssueDate", earliest(claim, line).toString());
        values.put("daysOutside", Long.toString(daysOutside));
        values.put("dispatches", TripDispatches.ids(dispatches));
        return Flags.flag(
                this,
                claim,
                line.lineNo(),
                null,
                values,
                TripDispatches.evidence(dispatches),
                "Line " + line.lineNo() + "'s receipt was issued on " + line.issueDate() + ", " + daysOutside
                        + " day(s) outside the trip from " + start + " to " + end + ".");
    }
}
