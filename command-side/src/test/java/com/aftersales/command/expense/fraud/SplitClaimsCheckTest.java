package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SplitClaimsCheckTest {
    private final SplitClaimsCheck check = new SplitClaimsCheck(RuleParameters.DEFAULTS);

    private static ClaimRecord other(ExpenseClaimId id, String city, String start, String end, String total) {
        return new ClaimRecord(id, 1, city, LocalDate.parse(start), LocalDate.parse(end), new BigDecimal(total));
    }

    @Test
    @DisplayName("X5 SPLIT_CLAIMS: the rule, its version 1 and weight 20")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.SPLIT_CLAIMS);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(20);
    }

    @Test
    @DisplayName(
            "X5 SPLIT_CLAIMS: 3000 now and 2000.01 before for the same trip each stay within 5000 but together exceed it")
    void splitOverTheLimit() {
        List<ExpenseFlag> flags = check.check(
                claim(line(1, ExpenseLineCategory.LODGING, "1000"), line(2, ExpenseLineCategory.MATERIALS, "2000")),
                otherClaims(other(OTHER_CLAIM, "杭州市", "2025-03-12", "2025-03-15", "2000.01")));
        assertThat(flags)
                .containsExactly(new ExpenseFlag(
                        "SPLIT_CLAIMS-v2-L0",
                        0,
                        FraudRule.SPLIT_CLAIMS,
                        1,
                        20,
                        Map.of(
                                "approvalLimit", "5000",
                                "total", "3000",
                                "combinedTotal", "5000.01",
                                "otherClaims", OTHER_CLAIM.value()),
                        List.of(new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, OTHER_CLAIM.value())),
                        "This claim of 3000 CNY and 1 other claim(s) for 杭州 in overlapping dates each stay within the"
                                + " approval limit of 5000 CNY but together claim 5000.01 CNY."));
    }

    @Test
    @DisplayName("X5 SPLIT_CLAIMS: together exactly at the limit, or no other claim, is no split")
    void atTheLimit() {
        var claim = claim(line(1, ExpenseLineCategory.MATERIALS, "3000"));
        assertThat(check.check(claim, otherClaims(other(OTHER_CLAIM, "杭州", "2025-03-08", "2025-03-10", "2000"))))
                .isEmpty();
        assertThat(check.check(claim, facts())).isEmpty();
    }

    @Test
    @DisplayName(
            "X5 SPLIT_CLAIMS: other destinations, other dates, the same claim's versions and claims over the limit do not count")
    void thoseThatDoNotCount() {
        var claim = claim(line(1, ExpenseLineCategory.MATERIALS, "4000"));
        assertThat(check.check(
                        claim,
                        otherClaims(
                                other(OTHER_CLAIM, "宁波", "2025-03-10", "2025-03-12", "4000"),
                                other(OTHER_CLAIM, "杭州", "2025-03-13", "2025-03-14", "4000"),
                                other(OTHER_CLAIM, "杭州", "2025-03-01", "2025-03-09", "4000"),
                                other(CLAIM, "杭州", "2025-03-10", "2025-03-12", "4000"),
                                other(THIRD_CLAIM, "杭州", "2025-03-10", "2025-03-12", "5000.01"))))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "X5 SPLIT_CLAIMS: a claim over the limit by itself goes to the higher approval anyway; one at the limit with a sibling is a split")
    void thisClaimOverOrAtTheLimit() {
        ScreeningFacts sibling = otherClaims(other(OTHER_CLAIM, "杭州", "2025-03-10", "2025-03-12", "5000"));
        assertThat(check.check(claim(line(1, ExpenseLineCategory.MATERIALS, "5000.01")), sibling))
                .isEmpty();
        assertThat(check.check(claim(line(1, ExpenseLineCategory.MATERIALS, "5000")), sibling))
                .hasSize(1);
    }

    @Test
    @DisplayName("X5 SPLIT_CLAIMS: a line without an amount adds nothing to the total")
    void lineWithoutAmount() {
        var line = line(1, ExpenseLineCategory.MEALS, "1");
        var noAmount = new com.aftersales.api.expense.ExpenseLine(
                1, ExpenseLineCategory.MEALS, line.invoice(), "x", START, "杭州", null, line.receipt(), "");
        assertThat(SplitClaimsCheck.totalOf(claim(noAmount, line(2, ExpenseLineCategory.MEALS, "2.5"))))
                .isEqualByComparingTo("2.5");
    }
}
