package com.aftersales.app.expense;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.Trip;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Claims for the screening's integration tests: each on a random engineer, a random far-future
 * period and random invoices, so tests sharing the database never see each other's claims.
 */
final class ScreeningSamples {
    private ScreeningSamples() {}

    static UserId engineer() {
        return new UserId("U-T-FRAUD-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A random Monday-to-Wednesday between 2032 and 2060. */
    static LocalDate farFutureDay() {
        return LocalDate.of(2032, 1, 5).plusWeeks(ThreadLocalRandom.current().nextInt(1400));
    }

    /** A fresh 20-digit e-invoice number. */
    static String eInvoiceNumber() {
        StringBuilder digits = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 20; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** The same digits, as a person might type them on a Chinese keyboard. */
    static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.appendCodePoint(c - '0' + '０'));
        return out.toString();
    }

    static String sha256() {
        return (UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", ""));
    }

    static Trip trip(String city, LocalDate start, LocalDate end) {
        return new Trip(city, List.of(), start, end, List.of(), "维修");
    }

    static ExpenseLine line(
            int no, ExpenseLineCategory category, InvoiceRef invoice, String amount, LocalDate issued, String city) {
        return new ExpenseLine(
                no,
                category,
                invoice,
                "某某公司",
                issued,
                city,
                new BigDecimal(amount),
                new ReceiptFile(sha256(), "application/pdf", "r.pdf", 100),
                "");
    }

    static InvoiceRef eInvoice(String number) {
        return InvoiceRef.parse(null, number).orElseThrow();
    }

    static ClaimUnderScreening claim(ExpenseClaimId id, int version, UserId engineer, Trip trip, ExpenseLine... lines) {
        return new ClaimUnderScreening(id, version, engineer, trip, List.of(lines), Instant.now());
    }
}
