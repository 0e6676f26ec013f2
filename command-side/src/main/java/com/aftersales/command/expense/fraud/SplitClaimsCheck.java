package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * X5 SPLIT_CLAIMS, on the whole claim (line 0): this claim and the engineer's other claims whose
 * trips overlap it to the same destination each stay at or under the approval limit (5000 CNY by
 * default), but together they are over it. The flag cites those claims.
 */
public final class SplitClaimsCheck implements FraudCheck {
    private final BigDecimal limit;

    public SplitClaimsCheck(RuleParameters parameters) {
        this.limit = parameters.approvalLimit();
    }

    @Override
    public FraudRule rule() {
        return FraudRule.SPLIT_CLAIMS;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.SPLIT_CLAIMS;
    }

    static BigDecimal totalOf(ClaimUnderScreening claim) {
        return claim.lines().stream()
                .map(ExpenseLine::amount)
                .filter(amount -> amount != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts) {
        Trip trip = claim.trip();
        BigDecimal total = totalOf(claim);
        List<ClaimRecord> siblings = facts.otherClaims().stream()
                .filter(other -> !other.claimId().equals(claim.claimId()))
                .filter(other -> CityNames.same(other.destinationCity(), trip.destinationCity()))
                .filter(other -> !other.startDate().isAfter(trip.endDate())
                        && !other.endDate().isBefore(trip.startDate()))
                .filter(other -> other.total().compareTo(limit) <= 0)
                .toList();
        BigDecimal combined = siblings.stream().map(ClaimRecord::total).reduce(total, BigDecimal::add);
        if (siblings.isEmpty() || total.compareTo(limit) > 0 || combined.compareTo(limit) <= 0) {
            return List.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("approvalLimit", limit.toPlainString());
        values.put("total", total.toPlainString());
        values.put("combinedTotal", combined.toPlainString());
        values.put(
                "otherClaims",
                String.join(
                        ",",
                        siblings.stream().map(other -> other.claimId().value()).toList()));
        return List.of(Flags.flag(
                this,
                claim,
                0,
                null,
                values,
                siblings.stream()
                        .map(other -> new EvidenceRef(
                                EvidenceKind.EXPENSE_AUDIT, other.claimId().value()))
                        .toList(),
                "This claim of " + total.toPlainString() + " CNY and " + siblings.size() + " other claim(s) for "
                        + trip.destinationCity() + " in overlapping dates each stay within the approval limit of "
                        + limit.toPlainString() + " CNY but together claim " + combined.toPlainString() + " CNY."));
    }
}
