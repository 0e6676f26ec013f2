package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.PhoneDutyFailureId;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PhoneDutyFailureCheckTest {
    private final PhoneDutyFailureCheck check = new PhoneDutyFailureCheck();
    private static final PhoneDutyFailureId FAILURE = new PhoneDutyFailureId("0f1e2d3c-4b5a-4697-8877-665544332211");

    @Test
    @DisplayName("X7 PHONE_DUTY_FAILURE: the rule, its version 1 and weight 15")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.PHONE_DUTY_FAILURE);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(15);
    }

    @Test
    @DisplayName(
            "X7 PHONE_DUTY_FAILURE: an unexplained failure at 08:00 Shanghai on the first day flags the phone allowance only")
    void unexplainedFailureOnTheFirstDay() {
        Instant at = Instant.parse("2025-03-10T00:00:00Z");
        List<ExpenseFlag> flags = check.check(
                claim(line(1, ExpenseLineCategory.MEALS, "80"), line(2, ExpenseLineCategory.PHONE_ALLOWANCE, "50")),
                phoneDuty(new PhoneDutyRecord(FAILURE, at, null)));
        assertThat(flags)
                .containsExactly(new ExpenseFlag(
                        "PHONE_DUTY_FAILURE-v2-L2",
                        2,
                        FraudRule.PHONE_DUTY_FAILURE,
                        1,
                        15,
                        Map.of("failures", "1", "calledAt", "2025-03-10T00:00:00Z"),
                        List.of(new EvidenceRef(EvidenceKind.PHONE_DUTY_FAILURE, FAILURE.value())),
                        "Line 2 claims the phone allowance of a trip during which the engineer did not answer the phone on"
                                + " duty at 2025-03-10T00:00:00Z without an accepted explanation."));
    }

    @Test
    @DisplayName("X7 PHONE_DUTY_FAILURE: a refused explanation forfeits too, on the last day (21:59 Shanghai)")
    void refusedOnTheLastDay() {
        assertThat(check.check(
                        claim(line(1, ExpenseLineCategory.PHONE_ALLOWANCE, "50")),
                        phoneDuty(new PhoneDutyRecord(FAILURE, Instant.parse("2025-03-12T13:59:00Z"), false))))
                .hasSize(1);
    }

    @Test
    @DisplayName(
            "X7 PHONE_DUTY_FAILURE: an accepted explanation, a failure the day before or after (Shanghai dates), or no allowance line flags nothing")
    void nothingToForfeit() {
        var allowance = claim(line(1, ExpenseLineCategory.PHONE_ALLOWANCE, "50"));
        assertThat(check.check(
                        allowance,
                        phoneDuty(new PhoneDutyRecord(FAILURE, Instant.parse("2025-03-11T02:00:00Z"), true))))
                .isEmpty();
        assertThat(check.check(
                        allowance,
                        phoneDuty(new PhoneDutyRecord(FAILURE, Instant.parse("2025-03-09T15:59:59Z"), null))))
                .isEmpty();
        assertThat(check.check(
                        allowance,
                        phoneDuty(new PhoneDutyRecord(FAILURE, Instant.parse("2025-03-12T16:00:00Z"), null))))
                .isEmpty();
        assertThat(check.check(
                        claim(line(1, ExpenseLineCategory.MEALS, "80")),
                        phoneDuty(new PhoneDutyRecord(FAILURE, Instant.parse("2025-03-11T02:00:00Z"), null))))
                .isEmpty();
    }
}
