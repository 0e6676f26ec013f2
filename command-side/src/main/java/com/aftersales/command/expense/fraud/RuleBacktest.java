package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.RuleBacktestReport;
import com.aftersales.command.expense.ClaimUnderScreening;
import com.aftersales.command.expense.fraud.RecordedClaims.RecordedVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * X3–X5, X7: runs one rule, in settings to try, over the claim versions recorded as submitted in a
 * period, and compares each line with what the recorded history flagged and finance decided. It
 * writes nothing: the registry is only read (no lock, no registration; call it in a read-only
 * transaction). The facts are today's: a duplicate counts against every other claim that carried
 * the key, earlier or later, which is what the screening and the counterpart flag together record.
 */
public class RuleBacktest {
    private final RecordedClaims recorded;
    private final InvoiceRegistry registry;
    private final ScreeningLookups lookups;

    public RuleBacktest(RecordedClaims recorded, InvoiceRegistry registry, ScreeningLookups lookups) {
        this.recorded = recorded;
        this.registry = registry;
        this.lookups = lookups;
    }

    public RuleBacktestReport run(FraudRule rule, Instant from, Instant to, RuleParameters parameters) {
        FraudCheck check = FraudChecks.of(rule, parameters);
        List<RuleBacktestReport.Line> lines = new ArrayList<>();
        List<RecordedVersion> versions = recorded.submittedBetween(from, to);
        for (RecordedVersion version : versions) {
            ClaimUnderScreening claim = version.claim();
            List<ExpenseFlag> would = check.check(claim, lookups.gather(claim, registry.find(claim)));
            lines.addAll(compare(claim, rule, would, version.flags()));
        }
        return new RuleBacktestReport(rule, check.version(), from, to, versions.size(), lines, totals(lines));
    }

    static List<RuleBacktestReport.Line> compare(
            ClaimUnderScreening claim, FraudRule rule, List<ExpenseFlag> would, List<RecordedFlag> recordedFlags) {
        List<RecordedFlag> before =
                recordedFlags.stream().filter(flag -> flag.rule() == rule).toList();
        TreeSet<Integer> lineNos = new TreeSet<>();
        would.forEach(flag -> lineNos.add(flag.lineNo()));
        before.forEach(flag -> lineNos.add(flag.lineNo()));
        List<RuleBacktestReport.Line> lines = new ArrayList<>();
        for (int lineNo : lineNos) {
            List<ExpenseFlag> wouldOnLine =
                    would.stream().filter(flag -> flag.lineNo() == lineNo).toList();
            List<RecordedFlag> beforeOnLine =
                    before.stream().filter(flag -> flag.lineNo() == lineNo).toList();
            Map<String, String> values = new LinkedHashMap<>();
            wouldOnLine.forEach(flag -> values.putAll(flag.values()));
            lines.add(new RuleBacktestReport.Line(
                    claim.claimId().value(),
                    claim.version(),
                    claim.engineerId().value(),
                    lineNo,
                    !wouldOnLine.isEmpty(),
                    !beforeOnLine.isEmpty(),
                    decisionOf(beforeOnLine),
                    wouldOnLine.stream().map(ExpenseFlag::explanation).toList(),
                    values));
        }
        return lines;
    }

    /** A line confirmed on any of its flags counts as confirmed; else dismissed if any was. */
    static FlagDecision decisionOf(List<RecordedFlag> flags) {
        if (flags.stream().anyMatch(flag -> flag.decision() == FlagDecision.CONFIRMED)) {
            return FlagDecision.CONFIRMED;
        }
        return flags.stream().anyMatch(flag -> flag.decision() == FlagDecision.DISMISSED)
                ? FlagDecision.DISMISSED
                : null;
    }

    static RuleBacktestReport.Totals totals(List<RuleBacktestReport.Line> lines) {
        int would = 0;
        int before = 0;
        int newly = 0;
        int noLonger = 0;
        int confirmed = 0;
        int dismissed = 0;
        for (RuleBacktestReport.Line line : lines) {
            would += line.wouldFlag() ? 1 : 0;
            before += line.flaggedBefore() ? 1 : 0;
            newly += line.wouldFlag() && !line.flaggedBefore() ? 1 : 0;
            noLonger += !line.wouldFlag() && line.flaggedBefore() ? 1 : 0;
            confirmed += line.wouldFlag() && line.decision() == FlagDecision.CONFIRMED ? 1 : 0;
            dismissed += line.wouldFlag() && line.decision() == FlagDecision.DISMISSED ? 1 : 0;
        }
        return new RuleBacktestReport.Totals(would, before, newly, noLonger, confirmed, dismissed);
    }
}
