package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.RuleBacktestReport;
import com.aftersales.command.expense.fraud.RecordedClaims.RecordedVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleBacktestTest {
    private static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-03-31T00:00:00Z");

    @Test
    @DisplayName(
            "X5 ROUND_AMOUNT backtest: a step of 50 newly flags 150, keeps 200 (confirmed), no longer flags 230 (dismissed), leaves open ones open; nothing registered")
    void roundAmountsWithAnotherStep() {
        var claim = claim(
                line(1, ExpenseLineCategory.MEALS, "150"),
                line(2, ExpenseLineCategory.LODGING, "200"),
                line(3, ExpenseLineCategory.LODGING, "230"),
                line(4, ExpenseLineCategory.LODGING, "250"),
                line(5, ExpenseLineCategory.MATERIALS, "99"));
        List<RecordedFlag> recorded = List.of(
                new RecordedFlag("ROUND_AMOUNT-v2-L2", 2, FraudRule.ROUND_AMOUNT, FlagDecision.CONFIRMED),
                new RecordedFlag("ROUND_AMOUNT-v2-L3", 3, FraudRule.ROUND_AMOUNT, FlagDecision.DISMISSED),
                new RecordedFlag("ROUND_AMOUNT-v2-L4", 4, FraudRule.ROUND_AMOUNT, null),
                new RecordedFlag("OVER_POLICY_CAP-v2-L5", 5, FraudRule.OVER_POLICY_CAP, FlagDecision.CONFIRMED));
        RuleScreeningTest.RecordingRegistry registry = new RuleScreeningTest.RecordingRegistry();
        List<Instant> asked = new java.util.ArrayList<>();
        RecordedClaims claims = (from, to) -> {
            asked.add(from);
            asked.add(to);
            return List.of(new RecordedVersion(claim, recorded));
        };
        RuleBacktest backtest = new RuleBacktest(claims, registry, RuleScreeningTest.LOOKUPS);
        RuleBacktestReport report = backtest.run(
                FraudRule.ROUND_AMOUNT,
                FROM,
                TO,
                new RuleParameters(7, new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("5000"), Map.of()));

        assertThat(asked).containsExactly(FROM, TO);
        assertThat(registry.calls).containsExactly("find");
        assertThat(report.rule()).isEqualTo(FraudRule.ROUND_AMOUNT);
        assertThat(report.ruleVersion()).isEqualTo(1);
        assertThat(report.from()).isEqualTo(FROM);
        assertThat(report.to()).isEqualTo(TO);
        assertThat(report.claimVersions()).isEqualTo(1);
        assertThat(report.lines()).extracting(RuleBacktestReport.Line::lineNo).containsExactly(1, 2, 3, 4);
        assertThat(report.lines())
                .extracting(RuleBacktestReport.Line::wouldFlag)
                .containsExactly(true, true, false, true);
        assertThat(report.lines())
                .extracting(RuleBacktestReport.Line::flaggedBefore)
                .containsExactly(false, true, true, true);
        assertThat(report.lines())
                .extracting(RuleBacktestReport.Line::status)
                .containsExactly("never flagged", "confirmed", "dismissed", "open");
        RuleBacktestReport.Line first = report.lines().get(0);
        assertThat(first.claimId()).isEqualTo(CLAIM.value());
        assertThat(first.version()).isEqualTo(2);
        assertThat(first.engineerId()).isEqualTo(ENGINEER.value());
        assertThat(first.values()).containsEntry("step", "50");
        assertThat(first.explanations())
                .containsExactly("Line 1 claims 150 CNY for MEALS, a round multiple of 50 CNY.");
        assertThat(report.totals()).isEqualTo(new RuleBacktestReport.Totals(3, 3, 1, 1, 1, 0));
    }

    @Test
    @DisplayName(
            "X6 backtest: a line confirmed on any flag counts confirmed; dismissed only when none is confirmed; the totals count dismissed would-flags")
    void decisionsAndTotals() {
        assertThat(RuleBacktest.decisionOf(List.of(
                        new RecordedFlag("a", 1, FraudRule.DUPLICATE_INVOICE, FlagDecision.DISMISSED),
                        new RecordedFlag("b", 1, FraudRule.DUPLICATE_INVOICE, FlagDecision.CONFIRMED))))
                .isEqualTo(FlagDecision.CONFIRMED);
        assertThat(RuleBacktest.decisionOf(List.of(
                        new RecordedFlag("a", 1, FraudRule.DUPLICATE_INVOICE, null),
                        new RecordedFlag("b", 1, FraudRule.DUPLICATE_INVOICE, FlagDecision.DISMISSED))))
                .isEqualTo(FlagDecision.DISMISSED);
        assertThat(RuleBacktest.decisionOf(List.of())).isNull();
        RuleBacktestReport.Line dismissed =
                new RuleBacktestReport.Line("c", 1, "e", 1, true, true, FlagDecision.DISMISSED, List.of(), Map.of());
        RuleBacktestReport.Line notFlagged =
                new RuleBacktestReport.Line("c", 1, "e", 2, false, false, null, List.of(), Map.of());
        RuleBacktestReport.Line confirmedNoLonger =
                new RuleBacktestReport.Line("c", 1, "e", 3, false, true, FlagDecision.CONFIRMED, List.of(), Map.of());
        assertThat(RuleBacktest.totals(List.of(dismissed, notFlagged, confirmedNoLonger)))
                .isEqualTo(new RuleBacktestReport.Totals(1, 2, 0, 1, 0, 1));
    }
}
