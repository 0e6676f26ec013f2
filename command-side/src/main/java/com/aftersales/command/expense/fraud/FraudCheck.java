package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.util.List;

/**
 * X3–X5, X7: one fraud rule. It decides from the claim and the facts gathered for it alone (no
 * database), so the same check runs at submission and in a backtest, and its tests are literal.
 */
public interface FraudCheck {
    FraudRule rule();

    /** Raised when the rule's logic or its parameters change, so a flag says which logic raised it. */
    int version();

    /** What one flag adds to the claim's risk score (RuleScreening's table). */
    int weight();

    List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts);
}
