package com.aftersales.api.expense;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * X1: one line of a claim with its receipt: invoice, issuer (开票方), issue date and city, amount in
 * CNY (exact, at most to the fen), category and the receipt file. {@code lineNo} counts from 1
 * within a version of the claim.
 */
public record ExpenseLine(
        int lineNo,
        ExpenseLineCategory category,
        InvoiceRef invoice,
        String issuer,
        LocalDate issueDate,
        String issueCity,
        BigDecimal amount,
        ReceiptFile receipt,
        String description) {}
