package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.FraudRule;

/** X6: a flag the history recorded on a version, with finance's decision on it (null while open). */
public record RecordedFlag(String flagId, int lineNo, FraudRule rule, FlagDecision decision) {}
