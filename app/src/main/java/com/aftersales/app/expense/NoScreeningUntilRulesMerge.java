package com.aftersales.app.expense;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.command.expense.ClaimScreening;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the fraud rules (X3–X5, X7) while they are built on another branch: flags
 * nothing. The lead deletes this class when the real screening is merged.
 */
@Component
class NoScreeningUntilRulesMerge implements ClaimScreening {
    @Override
    public List<ExpenseFlag> screen(ClaimUnderScreening claim) {
        return List.of();
    }
}
