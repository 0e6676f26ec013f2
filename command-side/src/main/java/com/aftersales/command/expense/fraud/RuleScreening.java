package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.command.expense.ClaimScreening;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.util.List;

/**
 * X3–X5, X7: the screening a claim's version passes as it is submitted or resubmitted, inside the
 * claim's unit of work. It locks the version's invoice keys and receipt hashes, reads what the
 * lookup tables know about the engineer, runs every rule and registers the keys, so the flags and
 * the registration commit or roll back with the version. Each rule, its version and weight:
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>Rule</th><th>Id</th><th>Weight</th><th>Class</th></tr>
 *   <tr><td>DUPLICATE_INVOICE</td><td>X5</td><td>50</td><td>{@link DuplicateInvoiceCheck}</td></tr>
 *   <tr><td>DUPLICATE_RECEIPT_FILE</td><td>X5</td><td>40</td><td>{@link DuplicateReceiptFileCheck}</td></tr>
 *   <tr><td>NO_MATCHING_DISPATCH</td><td>X4</td><td>40</td><td>{@link NoMatchingDispatchCheck}</td></tr>
 *   <tr><td>ISSUE_CITY_OFF_TRIP</td><td>X3</td><td>30</td><td>{@link IssueCityOffTripCheck}</td></tr>
 *   <tr><td>RECORDED_ELSEWHERE</td><td>X5</td><td>30</td><td>{@link RecordedElsewhereCheck}</td></tr>
 *   <tr><td>ISSUE_DATE_OUTSIDE_TRIP</td><td>X3</td><td>20</td><td>{@link IssueDateOutsideTripCheck}</td></tr>
 *   <tr><td>SPLIT_CLAIMS</td><td>X5</td><td>20</td><td>{@link SplitClaimsCheck}</td></tr>
 *   <tr><td>PHONE_DUTY_FAILURE</td><td>X7</td><td>15</td><td>{@link PhoneDutyFailureCheck}</td></tr>
 *   <tr><td>OVER_POLICY_CAP</td><td>X5</td><td>10</td><td>{@link OverPolicyCapCheck}</td></tr>
 *   <tr><td>ROUND_AMOUNT</td><td>X5</td><td>5</td><td>{@link RoundAmountCheck}</td></tr>
 * </table>
 *
 * <p>Why these weights: {@link RiskWeights}.
 */
public class RuleScreening implements ClaimScreening {
    private final InvoiceRegistry registry;
    private final ScreeningLookups lookups;
    private final List<FraudCheck> checks;

    public RuleScreening(InvoiceRegistry registry, ScreeningLookups lookups, List<FraudCheck> checks) {
        this.registry = registry;
        this.lookups = lookups;
        this.checks = List.copyOf(checks);
    }

    @Override
    public List<ExpenseFlag> screen(ClaimUnderScreening claim) {
        List<RegisteredKey> holders = registry.lockAndFind(claim);
        List<ExpenseFlag> flags = evaluate(claim, lookups.gather(claim, holders), checks);
        registry.register(claim);
        return flags;
    }

    static List<ExpenseFlag> evaluate(ClaimUnderScreening claim, ScreeningFacts facts, List<FraudCheck> checks) {
        return checks.stream()
                .flatMap(check -> check.check(claim, facts).stream())
                .toList();
    }
}
