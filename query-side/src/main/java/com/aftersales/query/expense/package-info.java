/**
 * Expense claims and travel advances as people read them (X1–X9, S1): the claim register with its
 * versions, lines and flags, the queues, the statistics and the rules' precision.
 */
package com.aftersales.query.expense;
