package com.aftersales.command.expense.fraud;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimId;
import java.time.Instant;

/** X5: a line of another claim that carried {@code key} (an invoice key or a receipt hash). */
public record RegisteredKey(
        KeyKind kind,
        String key,
        ExpenseClaimId claimId,
        int version,
        int lineNo,
        UserId engineerId,
        Instant registeredAt) {

    /** What the registry keys: invoices by {@code InvoiceRef.key()}, receipt files by sha-256. */
    public enum KeyKind {
        INVOICE,
        RECEIPT
    }
}
