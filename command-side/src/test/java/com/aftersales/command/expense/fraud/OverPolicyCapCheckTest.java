package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ExpenseCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OverPolicyCapCheckTest {
    private final OverPolicyCapCheck check = new OverPolicyCapCheck(RuleParameters.DEFAULTS);

    @Test
    @DisplayName("X5 OVER_POLICY_CAP: the rule, its version 1 and weight 10")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.OVER_POLICY_CAP);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(10);
    }

    @Test
    @DisplayName(
            "X5 OVER_POLICY_CAP: exactly the cap per night (2 nights) and per day (3 days) in TIER_2 杭州 is within it; uncapped categories are not judged")
    void atTheCap() {
        assertThat(check.check(
                        claim(
                                line(1, ExpenseLineCategory.LODGING, "900"),
                                line(2, ExpenseLineCategory.MEALS, "300"),
                                line(3, ExpenseLineCategory.LOCAL_TRANSPORT, "180"),
                                line(4, ExpenseLineCategory.MATERIALS, "99999"),
                                line(5, ExpenseLineCategory.INTERCITY_TRANSPORT, "99999")),
                        facts()))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "X5 OVER_POLICY_CAP: a fen over the cap is flagged with cap, amount per day, days, tier and policy version")
    void aFenOver() {
        List<ExpenseFlag> flags = check.check(
                claim(
                        line(1, ExpenseLineCategory.LODGING, "900.01"),
                        line(2, ExpenseLineCategory.MEALS, "300.01"),
                        line(3, ExpenseLineCategory.LOCAL_TRANSPORT, "180.01")),
                facts());
        assertThat(flags).extracting(ExpenseFlag::lineNo).containsExactly(1, 2, 3);
        assertThat(flags.get(0))
                .isEqualTo(new ExpenseFlag(
                        "OVER_POLICY_CAP-v2-L1",
                        1,
                        FraudRule.OVER_POLICY_CAP,
                        1,
                        10,
                        Map.of(
                                "cap",
                                "450",
                                "amountPerDay",
                                "450.01",
                                "days",
                                "2",
                                "tier",
                                "TIER_2",
                                "policyVersion",
                                "7"),
                        List.of(new EvidenceRef(EvidenceKind.POLICY_VERSION, "7")),
                        "Line 1 claims 450.01 CNY per night over 2 night(s), over the cap of 450 CNY for LODGING in TIER_2 of"
                                + " policy version 7."));
        assertThat(flags.get(1).values())
                .containsEntry("cap", "100")
                .containsEntry("days", "3")
                .containsEntry("amountPerDay", "100.00");
        assertThat(flags.get(1).explanation()).contains(" per day over 3 day(s)");
        assertThat(flags.get(2).values()).containsEntry("cap", "60");
    }

    @Test
    @DisplayName(
            "X5 OVER_POLICY_CAP: a one-day trip counts one night of lodging, in the destination's tier (上海 TIER_1, 绍兴 OTHER)")
    void oneDayTripAndTiers() {
        assertThat(check.check(claim(trip("上海", START, START), line(1, ExpenseLineCategory.LODGING, "600")), facts()))
                .isEmpty();
        List<ExpenseFlag> flags =
                check.check(claim(trip("绍兴", START, START), line(1, ExpenseLineCategory.LODGING, "350.01")), facts());
        assertThat(flags)
                .singleElement()
                .satisfies(flag ->
                        assertThat(flag.values()).containsEntry("tier", "OTHER").containsEntry("days", "1"));
    }

    @Test
    @DisplayName(
            "X5 OVER_POLICY_CAP: a backtest's override replaces the policy's cap; no policy and no override judges nothing")
    void overridesAndNoPolicy() {
        OverPolicyCapCheck lower = new OverPolicyCapCheck(new RuleParameters(
                7,
                new BigDecimal("200"),
                new BigDecimal("100"),
                new BigDecimal("5000"),
                Map.of(ExpenseCategory.MEALS, Map.of(CityTier.TIER_2, new BigDecimal("50")))));
        assertThat(lower.check(
                        claim(
                                line(2, ExpenseLineCategory.MEALS, "150.01"),
                                line(3, ExpenseLineCategory.LODGING, "900")),
                        facts()))
                .singleElement()
                .satisfies(flag -> assertThat(flag.values()).containsEntry("cap", "50"));
        ScreeningFacts noPolicy = new ScreeningFacts(List.of(), List.of(), List.of(), List.of(), List.of(), 0, null);
        assertThat(check.check(claim(line(1, ExpenseLineCategory.LODGING, "99999")), noPolicy))
                .isEmpty();
        assertThat(lower.check(claim(line(1, ExpenseLineCategory.MEALS, "150.01")), noPolicy))
                .hasSize(1);
    }

    @Test
    @DisplayName("X5 OVER_POLICY_CAP: a line without category or amount is not judged")
    void incompleteLine() {
        var line = line(1, ExpenseLineCategory.MEALS, "1");
        var noAmount = new com.aftersales.api.expense.ExpenseLine(
                1, ExpenseLineCategory.MEALS, line.invoice(), "x", START, "杭州", null, line.receipt(), "");
        var noCategory = new com.aftersales.api.expense.ExpenseLine(
                2, null, line.invoice(), "x", START, "杭州", new BigDecimal("99999"), line.receipt(), "");
        assertThat(check.check(claim(noAmount, noCategory), facts())).isEmpty();
    }
}
