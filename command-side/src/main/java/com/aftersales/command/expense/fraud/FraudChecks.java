package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.FraudRule;
import java.util.List;

/** X3–X5, X7: every fraud rule, in the settings given (the screening's are the defaults). */
public final class FraudChecks {
    private FraudChecks() {}

    public static List<FraudCheck> all(RuleParameters parameters) {
        return List.of(
                new DuplicateInvoiceCheck(),
                new DuplicateReceiptFileCheck(),
                new IssueCityOffTripCheck(),
                new IssueDateOutsideTripCheck(parameters),
                new NoMatchingDispatchCheck(),
                new OverPolicyCapCheck(parameters),
                new RecordedElsewhereCheck(),
                new RoundAmountCheck(parameters),
                new SplitClaimsCheck(parameters),
                new PhoneDutyFailureCheck());
    }

    public static FraudCheck of(FraudRule rule, RuleParameters parameters) {
        return all(parameters).stream()
                .filter(check -> check.rule() == rule)
                .findFirst()
                .orElseThrow();
    }
}
