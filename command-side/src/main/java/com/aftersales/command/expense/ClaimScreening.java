package com.aftersales.command.expense;

import com.aftersales.api.expense.ExpenseFlag;
import java.util.List;

/**
 * X3–X5, X7: the fraud rules a claim's version passes through as it is recorded. Called by the
 * claim inside the unit of work that records the version, so what the screening registers (the
 * invoices, the receipt hashes) commits or rolls back with it, and two claims submitted at once
 * cannot both miss each other (X5).
 */
public interface ClaimScreening {
    List<ExpenseFlag> screen(ClaimUnderScreening claim);
}
