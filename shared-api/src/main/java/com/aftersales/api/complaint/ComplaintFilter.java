package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import java.time.YearMonth;

/**
 * Which complaints the register lists; every part optional (null, or false for {@code
 * overdueOnly}). {@code product} matches part of the unit's model or serial number, whatever the
 * case. {@code month} is the month of registration in the company zone. {@code overdueOnly} keeps
 * the complaints whose feedback is overdue (C4): recorded overdue, or due passed without feedback
 * at the moment the query is answered.
 */
public record ComplaintFilter(
        ComplaintStatus status,
        ComplaintCategory category,
        UserId engineerId,
        String product,
        YearMonth month,
        boolean overdueOnly) {

    public ComplaintFilter {
        product = product == null || product.isBlank() ? null : product.strip();
    }

    /** Every complaint. */
    public static ComplaintFilter all() {
        return new ComplaintFilter(null, null, null, null, null, false);
    }

    /** The same filter about one engineer only (an engineer reading their own). */
    public ComplaintFilter about(UserId engineer) {
        return new ComplaintFilter(status, category, engineer, product, month, overdueOnly);
    }
}
