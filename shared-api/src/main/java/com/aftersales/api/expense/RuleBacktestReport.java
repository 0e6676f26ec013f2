package com.aftersales.api.expense;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * X3–X5, X7: the answer to a {@link BacktestExpenseRuleQuery}. What a rule, in the settings tried, would flag on the claims submitted in {@code [from, to]},
 * compared with what the recorded history flagged and what finance decided on it.
 */
public record RuleBacktestReport(
        FraudRule rule, int ruleVersion, Instant from, Instant to, int claimVersions, List<Line> lines, Totals totals) {

    public RuleBacktestReport {
        lines = List.copyOf(lines);
    }

    /**
     * One line (0: the whole claim) that would be flagged or was flagged. {@code decision} is
     * finance's on the recorded flag: CONFIRMED or DISMISSED, null while open or never flagged.
     */
    public record Line(
            String claimId,
            int version,
            String engineerId,
            int lineNo,
            boolean wouldFlag,
            boolean flaggedBefore,
            FlagDecision decision,
            List<String> explanations,
            Map<String, String> values) {
        public Line {
            explanations = List.copyOf(explanations);
            values = Map.copyOf(values);
        }

        public String status() {
            if (!flaggedBefore) {
                return "never flagged";
            }
            return decision == null ? "open" : decision.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The counts: lines the rule would flag, lines flagged before, of the former those not flagged
     * before (newly) and of the latter those it would no longer flag; of the would-flag lines, how
     * many finance had confirmed and dismissed.
     */
    public record Totals(
            int wouldFlag, int flaggedBefore, int newlyFlagged, int noLongerFlagged, int confirmed, int dismissed) {}
}
