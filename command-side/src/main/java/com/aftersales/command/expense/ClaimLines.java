package com.aftersales.command.expense;

import static com.aftersales.command.expense.ExpenseClaimRule.require;

import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.Trip;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** X1: what a version of a claim must hold before it is recorded: its trip and its receipted lines. */
public final class ClaimLines {
    public static final int MAX_TRIP_DAYS = 60;
    public static final int MAX_LINES = 50;

    private ClaimLines() {}

    /**
     * X1: the invoice as written on the form, normalised; a format that is neither the classic code
     * and number nor the 20-digit e-invoice is refused as the rule, not as bad input, since the
     * engineer must correct the receipt's reading.
     */
    public static InvoiceRef invoice(String code, String number) {
        return InvoiceRef.parse(code, number)
                .orElseThrow(() -> ExpenseClaimRule.EXPENSE_INVOICE_MALFORMED.violation(
                        "X1: an invoice is a 10- or 12-digit code with an 8-digit number, or a 20-digit e-invoice"
                                + " number without a code; not '" + code + "' '" + number + "'"));
    }

    static void requireTrip(Trip trip) {
        require(
                trip != null && hasText(trip.destinationCity()) && trip.startDate() != null && trip.endDate() != null,
                ExpenseClaimRule.EXPENSE_TRIP_REQUIRED,
                "X1: the trip names its destination and its first and last day");
        require(
                !trip.endDate().isBefore(trip.startDate()),
                ExpenseClaimRule.EXPENSE_TRIP_DATES,
                "X1: the trip ends on " + trip.endDate() + ", before it starts on " + trip.startDate());
        long days = ChronoUnit.DAYS.between(trip.startDate(), trip.endDate()) + 1;
        require(
                days <= MAX_TRIP_DAYS,
                ExpenseClaimRule.EXPENSE_TRIP_TOO_LONG,
                "X1: a trip lasts at most " + MAX_TRIP_DAYS + " days, not " + days);
    }

    /** X1: 1..{@value #MAX_LINES} complete lines numbered in order; answers their total. */
    static BigDecimal requireLines(List<ExpenseLine> lines) {
        require(
                !lines.isEmpty() && lines.size() <= MAX_LINES,
                ExpenseClaimRule.EXPENSE_LINE_COUNT,
                "X1: a claim has 1 to " + MAX_LINES + " lines, not " + lines.size());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            ExpenseLine line = lines.get(i);
            require(
                    line.lineNo() == i + 1,
                    ExpenseClaimRule.EXPENSE_LINE_NUMBERS,
                    "X1: line " + (i + 1) + " is numbered " + line.lineNo());
            require(
                    line.category() != null
                            && line.invoice() != null
                            && hasText(line.issuer())
                            && line.issueDate() != null
                            && hasText(line.issueCity())
                            && line.receipt() != null,
                    ExpenseClaimRule.EXPENSE_LINE_INCOMPLETE,
                    "X1: line " + line.lineNo()
                            + " names its category, invoice, issuer, issue date and city, and has its receipt");
            require(
                    isMoney(line.amount()),
                    ExpenseClaimRule.EXPENSE_LINE_AMOUNT,
                    "X1: line " + line.lineNo() + " costs more than 0 CNY, to the fen at most, not " + line.amount());
            total = total.add(line.amount());
        }
        return total;
    }

    /** An amount above zero with at most two decimals (trailing zeros do not count). */
    static boolean isMoney(BigDecimal amount) {
        return amount != null
                && amount.signum() > 0
                && amount.stripTrailingZeros().scale() <= 2;
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
