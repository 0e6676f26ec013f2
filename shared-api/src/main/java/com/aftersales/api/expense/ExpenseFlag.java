package com.aftersales.api.expense;

import com.aftersales.api.penalty.EvidenceRef;
import java.util.List;
import java.util.Map;

/**
 * X3–X5, X7: one fraud flag on a line ({@code lineNo} ≥ 1) or on the whole claim ({@code lineNo} 0),
 * as a rule raised it: which rule in which version with which weight towards the claim's risk
 * score, the values it computed (e.g. {@code cap}, {@code amountPerDay}, {@code policyVersion}),
 * the evidence it rests on (dispatch events, the other claim, the policy version, a phone-duty
 * failure) and an explanation naming them. {@code flagId} is unique within the claim and stable
 * for the same finding, so a redelivered screening does not flag twice.
 */
public record ExpenseFlag(
        String flagId,
        int lineNo,
        FraudRule rule,
        int ruleVersion,
        int weight,
        Map<String, String> values,
        List<EvidenceRef> evidence,
        String explanation) {
    public ExpenseFlag {
        values = values == null ? Map.of() : Map.copyOf(values);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
