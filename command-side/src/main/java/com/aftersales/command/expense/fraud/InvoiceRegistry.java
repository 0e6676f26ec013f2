package com.aftersales.command.expense.fraud;

import com.aftersales.command.expense.ClaimUnderScreening;
import java.util.List;

/**
 * X5: every invoice and receipt file each version of a claim carried. {@link #claim} is race-free:
 * it locks the claim's keys for the rest of the transaction before it looks them up, so of two
 * claims with the same invoice submitted at once the second waits for the first to commit and then
 * finds it.
 */
public interface InvoiceRegistry {
    /** Locks the claim's keys, then answers the lines of other claims carrying them. */
    List<RegisteredKey> lockAndFind(ClaimUnderScreening claim);

    /** Read-only (the backtest): the lines of other claims carrying the claim's keys, no lock. */
    List<RegisteredKey> find(ClaimUnderScreening claim);

    /** Records the claim's keys, in the transaction that holds their locks. */
    void register(ClaimUnderScreening claim);
}
