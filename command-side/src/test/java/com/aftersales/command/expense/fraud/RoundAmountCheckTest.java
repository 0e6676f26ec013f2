package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoundAmountCheckTest {
    private final RoundAmountCheck check = new RoundAmountCheck(RuleParameters.DEFAULTS);

    @Test
    @DisplayName("X5 ROUND_AMOUNT: the rule, its version 1 and weight 5")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.ROUND_AMOUNT);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(5);
    }

    @Test
    @DisplayName("X5 ROUND_AMOUNT: 200.00 lodging, 300 meals, 1000 local transport and 500 materials are round")
    void roundAmounts() {
        List<ExpenseFlag> flags = check.check(
                claim(
                        line(1, ExpenseLineCategory.LODGING, "200.00"),
                        line(2, ExpenseLineCategory.MEALS, "300"),
                        line(3, ExpenseLineCategory.LOCAL_TRANSPORT, "1000"),
                        line(4, ExpenseLineCategory.MATERIALS, "500")),
                facts());
        assertThat(flags).extracting(ExpenseFlag::lineNo).containsExactly(1, 2, 3, 4);
        assertThat(flags.get(0))
                .isEqualTo(new ExpenseFlag(
                        "ROUND_AMOUNT-v2-L1",
                        1,
                        FraudRule.ROUND_AMOUNT,
                        1,
                        5,
                        Map.of("amount", "200.00", "step", "100", "minimum", "200"),
                        List.of(),
                        "Line 1 claims 200.00 CNY for LODGING, a round multiple of 100 CNY."));
    }

    @Test
    @DisplayName("X5 ROUND_AMOUNT: 100 (under 200), 250, 300.50, and round tickets or phone allowances are not flagged")
    void notRound() {
        assertThat(check.check(
                        claim(
                                line(1, ExpenseLineCategory.LODGING, "100"),
                                line(2, ExpenseLineCategory.MEALS, "250"),
                                line(3, ExpenseLineCategory.MATERIALS, "300.50"),
                                line(4, ExpenseLineCategory.INTERCITY_TRANSPORT, "500"),
                                line(5, ExpenseLineCategory.PHONE_ALLOWANCE, "200")),
                        facts()))
                .isEmpty();
    }

    @Test
    @DisplayName("X5 ROUND_AMOUNT: a step of 50 from 100 makes 150 round; a line without amount is not judged")
    void otherSettings() {
        RoundAmountCheck fifty = new RoundAmountCheck(
                new RuleParameters(7, new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("5000"), Map.of()));
        var line = line(2, ExpenseLineCategory.MEALS, "1");
        var noAmount = new com.aftersales.api.expense.ExpenseLine(
                2, ExpenseLineCategory.MEALS, line.invoice(), "x", START, "杭州", null, line.receipt(), "");
        assertThat(fifty.check(
                        claim(
                                line(1, ExpenseLineCategory.MEALS, "150"),
                                noAmount,
                                line(3, ExpenseLineCategory.MEALS, "99.99")),
                        facts()))
                .singleElement()
                .satisfies(flag ->
                        assertThat(flag.values()).containsEntry("step", "50").containsEntry("minimum", "100"));
    }
}
