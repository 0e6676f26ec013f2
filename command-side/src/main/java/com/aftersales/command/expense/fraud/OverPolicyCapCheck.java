package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * X5 OVER_POLICY_CAP: a line of a capped category whose amount per day is over the cap of its
 * category in the destination's city tier, in the policy version in force. Lodging counts per
 * night (the trip's nights, at least one), meals and local transport per day of the trip. The
 * comparison is exact (amount over cap × days), so rounding the amount per day hides nothing.
 */
public final class OverPolicyCapCheck implements FraudCheck {
    private final RuleParameters parameters;

    public OverPolicyCapCheck(RuleParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public FraudRule rule() {
        return FraudRule.OVER_POLICY_CAP;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.OVER_POLICY_CAP;
    }

    @Override
    public List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts) {
        CityTier tier = CityTiers.of(claim.trip().destinationCity());
        List<ExpenseFlag> flags = new ArrayList<>();
        for (ExpenseLine line : claim.lines()) {
            if (line.category() == null || line.amount() == null) {
                continue;
            }
            line.category().cappedAs().ifPresent(category -> {
                BigDecimal cap = capOf(facts, category, tier);
                long days = days(claim, line.category());
                if (cap != null && line.amount().compareTo(cap.multiply(BigDecimal.valueOf(days))) > 0) {
                    flags.add(flag(claim, line, facts, cap, days, tier));
                }
            });
        }
        return flags;
    }

    private BigDecimal capOf(ScreeningFacts facts, ExpenseCategory category, CityTier tier) {
        BigDecimal override = parameters.capOverride(category, tier);
        if (override != null) {
            return override;
        }
        return facts.caps() == null ? null : facts.caps().capOf(category, tier);
    }

    /** Nights for lodging (at least one), days for the rest, both ends of the trip included. */
    static long days(ClaimUnderScreening claim, ExpenseLineCategory category) {
        long nights =
                ChronoUnit.DAYS.between(claim.trip().startDate(), claim.trip().endDate());
        return category == ExpenseLineCategory.LODGING ? Math.max(1, nights) : nights + 1;
    }

    private ExpenseFlag flag(
            ClaimUnderScreening claim,
            ExpenseLine line,
            ScreeningFacts facts,
            BigDecimal cap,
            long days,
            CityTier tier) {
        BigDecimal perDay = line.amount().divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        String unit = line.category() == ExpenseLineCategory.LODGING ? "night" : "day";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("cap", cap.toPlainString());
        values.put("amountPerDay", perDay.toPlainString());
        values.put("days", Long.toString(days));
        values.put("tier", tier.name());
        values.put("policyVersion", Integer.toString(facts.policyVersion()));
        return Flags.flag(
                this,
                claim,
                line.lineNo(),
                null,
                values,
                List.of(new EvidenceRef(EvidenceKind.POLICY_VERSION, Integer.toString(facts.policyVersion()))),
                "Line " + line.lineNo() + " claims " + perDay.toPlainString() + " CNY per " + unit + " over "
                        + days + " " + unit + "(s), over the cap of " + cap.toPlainString() + " CNY for "
                        + line.category() + " in " + tier + " of policy version " + facts.policyVersion() + ".");
    }
}
