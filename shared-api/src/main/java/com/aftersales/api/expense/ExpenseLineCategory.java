package com.aftersales.api.expense;

import com.aftersales.api.policy.ExpenseCategory;
import java.util.Optional;

/** X1: what a line of a claim pays for. Three of them have a policy cap per city tier (X5). */
public enum ExpenseLineCategory {
    /** 城际交通: train, flight, coach tickets to and from the destination. */
    INTERCITY_TRANSPORT(null),
    /** 住宿, per night. */
    LODGING(ExpenseCategory.LODGING),
    /** 餐费/出差补助, per day. */
    MEALS(ExpenseCategory.MEALS),
    /** 市内交通, per day. */
    LOCAL_TRANSPORT(ExpenseCategory.TRANSPORT),
    /** 通讯补助: forfeited on a trip with an unexplained phone-duty failure (X7). */
    PHONE_ALLOWANCE(null),
    /** 现场采购材料. */
    MATERIALS(null);

    private final ExpenseCategory capped;

    ExpenseLineCategory(ExpenseCategory capped) {
        this.capped = capped;
    }

    /** The policy's capped category this line counts against (X5), if it has one. */
    public Optional<ExpenseCategory> cappedAs() {
        return Optional.ofNullable(capped);
    }

    /** Meals and lodging are spent where the engineer is that day (X5: recorded elsewhere). */
    public boolean isSpentOnSite() {
        return this == LODGING || this == MEALS;
    }
}
