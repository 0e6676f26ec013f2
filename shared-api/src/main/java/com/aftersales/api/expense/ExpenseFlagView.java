package com.aftersales.api.expense;

import com.aftersales.api.penalty.EvidenceRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * X5, X6: one flag as a rule raised it (rule, version, weight, computed values, evidence,
 * explanation) and finance's decision on it, if any: confirmed or dismissed, by whom in which
 * role, why, when, what it took out of the reimbursement and the penalty it proposed.
 */
public record ExpenseFlagView(
        String claimId,
        String flagId,
        int version,
        String engineerId,
        int lineNo,
        FraudRule rule,
        int ruleVersion,
        int weight,
        Map<String, String> values,
        List<EvidenceRef> evidence,
        String explanation,
        Instant flaggedAt,
        FlagDecision decision,
        String decidedBy,
        String decidedRole,
        String reason,
        NonReimbursableScope scope,
        String penaltyId,
        Instant decidedAt) {
    public ExpenseFlagView {
        values = Map.copyOf(values);
        evidence = List.copyOf(evidence);
    }
}
