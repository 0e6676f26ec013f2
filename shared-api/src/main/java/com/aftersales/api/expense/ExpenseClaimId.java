package com.aftersales.api.expense;

import java.util.Objects;
import java.util.UUID;

/** Identity of an expense claim (差旅费报销单), a UUID; its versions (X2) share it. */
public record ExpenseClaimId(String value) {
    public ExpenseClaimId {
        Objects.requireNonNull(value, "ExpenseClaimId");
        UUID.fromString(value);
    }

    public static ExpenseClaimId random() {
        return new ExpenseClaimId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
