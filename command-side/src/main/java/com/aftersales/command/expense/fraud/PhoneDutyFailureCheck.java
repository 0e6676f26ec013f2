package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * X7 PHONE_DUTY_FAILURE: a phone allowance line on a trip during which (company-zone dates, both
 * ends included) a failure of the engineer to answer the phone on duty was recorded and not
 * explained with an accepted explanation. Only failures recorded before the screening count.
 */
public final class PhoneDutyFailureCheck implements FraudCheck {
    static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Shanghai");

    @Override
    public FraudRule rule() {
        return FraudRule.PHONE_DUTY_FAILURE;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.PHONE_DUTY_FAILURE;
    }

    @Override
    public List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts) {
        List<PhoneDutyRecord> failures = facts.phoneDutyFailures().stream()
                .filter(PhoneDutyRecord::forfeits)
                .filter(failure -> during(claim, failure))
                .toList();
        if (failures.isEmpty()) {
            return List.of();
        }
        return claim.lines().stream()
                .filter(line -> line.category() == ExpenseLineCategory.PHONE_ALLOWANCE)
                .map(line -> flag(claim, line, failures))
                .toList();
    }

    private static boolean during(ClaimUnderScreening claim, PhoneDutyRecord failure) {
        LocalDate day = failure.calledAt().atZone(COMPANY_ZONE).toLocalDate();
        return !day.isBefore(claim.trip().startDate())
                && !day.isAfter(claim.trip().endDate());
    }

    private ExpenseFlag flag(ClaimUnderScreening claim, ExpenseLine line, List<PhoneDutyRecord> failures) {
        List<String> calls =
                failures.stream().map(failure -> failure.calledAt().toString()).toList();
        return Flags.flag(
                this,
                claim,
                line.lineNo(),
                null,
                Map.of("failures", Integer.toString(failures.size()), "calledAt", String.join(",", calls)),
                failures.stream()
                        .map(failure -> new EvidenceRef(
                                EvidenceKind.PHONE_DUTY_FAILURE,
                                failure.failureId().value()))
                        .toList(),
                "Line " + line.lineNo() + " claims the phone allowance of a trip during which the engineer did not"
                        + " answer the phone on duty at " + String.join(", ", calls) + " without an accepted"
                        + " explanation.");
    }
}
