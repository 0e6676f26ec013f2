/**
 * Expense claims (X1–X9, S1): the claim with its versions, flags and finance decisions, travel
 * advances, phone-duty failures; the fraud rules in {@code fraud}.
 */
package com.aftersales.command.expense;
