package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * X5 ROUND_AMOUNT: a lodging, meals, local transport or materials amount of at least {@link
 * RuleParameters#roundAmountMinimum()} that is a multiple of {@link RuleParameters#roundAmountStep()}
 * (200 and 100 CNY by default). Tickets (intercity transport) and the phone allowance have fixed
 * prices and are round honestly.
 */
public final class RoundAmountCheck implements FraudCheck {
    static final Set<ExpenseLineCategory> CATEGORIES = Set.of(
            ExpenseLineCategory.LODGING,
            ExpenseLineCategory.MEALS,
            ExpenseLineCategory.LOCAL_TRANSPORT,
            ExpenseLineCategory.MATERIALS);

    private final BigDecimal minimum;
    private final BigDecimal step;

    public RoundAmountCheck(RuleParameters parameters) {
        this.minimum = parameters.roundAmountMinimum();
        this.step = parameters.roundAmountStep();
    }

    @Override
    public FraudRule rule() {
        return FraudRule.ROUND_AMOUNT;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.ROUND_AMOUNT;
    }

    @Override
    public List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts) {
        return claim.lines().stream()
                .filter(line -> CATEGORIES.contains(line.category()) && line.amount() != null)
                .filter(line -> line.amount().compareTo(minimum) >= 0)
                .filter(line -> line.amount().remainder(step).signum() == 0)
                .map(line -> flag(claim, line))
                .toList();
    }

    private ExpenseFlag flag(ClaimUnderScreening claim, ExpenseLine line) {
        return Flags.flag(
                this,
                claim,
                line.lineNo(),
                null,
                Map.of(
                        "amount", line.amount().toPlainString(),
                        "step", step.toPlainString(),
                        "minimum", minimum.toPlainString()),
                List.of(),
                "Line " + line.lineNo() + " claims " + line.amount().toPlainString() + " CNY for " + line.category()
                        + ", a round multiple of " + step.toPlainString() + " CNY.");
    }
}
