/**
 * X3–X5, X7: the fraud rules a claim's version passes at submission ({@link
 * com.aftersales.command.expense.fraud.RuleScreening}), one class per rule, each named, versioned
 * and weighted; the invoice registry that makes a duplicate visible across concurrent claims; the
 * lookup tables the rules read; and the backtest that replays a rule over recorded claims.
 */
package com.aftersales.command.expense.fraud;
