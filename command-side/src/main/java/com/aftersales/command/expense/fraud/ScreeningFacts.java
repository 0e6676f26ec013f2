package com.aftersales.command.expense.fraud;

import com.aftersales.api.policy.ExpenseCaps;
import java.util.List;

/**
 * X3–X5, X7: what the lookup tables hold about the claimant when a version is screened: the other
 * claims' lines carrying the same invoices or receipt files, the engineer's dispatches and
 * arrivals, their other claims and phone-duty failures, and the policy in force.
 */
public record ScreeningFacts(
        List<RegisteredKey> earlierHolders,
        List<DispatchRecord> dispatches,
        List<ArrivalRecord> arrivals,
        List<ClaimRecord> otherClaims,
        List<PhoneDutyRecord> phoneDutyFailures,
        int policyVersion,
        ExpenseCaps caps) {
    public ScreeningFacts {
        earlierHolders = List.copyOf(earlierHolders);
        dispatches = List.copyOf(dispatches);
        arrivals = List.copyOf(arrivals);
        otherClaims = List.copyOf(otherClaims);
        phoneDutyFailures = List.copyOf(phoneDutyFailures);
    }
}
