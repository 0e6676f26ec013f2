/**
 * Expense claims (费用报销, X1–X9, S1): the trip and its receipts, the approval flow, the invoice
 * registry, the fraud flags with their evidence and finance's decisions on them, travel advances
 * (售后服务请款) and the phone-duty failures that forfeit a phone allowance (X7). Commands, events
 * and queries.
 */
package com.aftersales.api.expense;
