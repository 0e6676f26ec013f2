package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.util.Objects;

/** X2: the claims of {@code engineerId}, newest first. */
public record FindMyExpenseClaimsQuery(UserId engineerId) {
    public FindMyExpenseClaimsQuery {
        Objects.requireNonNull(engineerId, "engineerId");
    }
}
