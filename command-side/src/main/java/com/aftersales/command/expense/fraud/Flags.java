package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.util.List;
import java.util.Map;

/**
 * Builds a check's flag with its deterministic id {@code <RULE>-v<claimVersion>-L<line>[-<other>]}:
 * the same finding on the same version always has the same id, so a redelivered screening or a
 * repeated counterpart flag changes nothing.
 */
final class Flags {
    private Flags() {}

    static String flagId(String rule, int claimVersion, int lineNo, String counterpart) {
        String id = rule + "-v" + claimVersion + "-L" + lineNo;
        return counterpart == null ? id : id + "-" + counterpart;
    }

    static ExpenseFlag flag(
            FraudCheck check,
            ClaimUnderScreening claim,
            int lineNo,
            String counterpart,
            Map<String, String> values,
            List<EvidenceRef> evidence,
            String explanation) {
        return new ExpenseFlag(
                flagId(check.rule().name(), claim.version(), lineNo, counterpart),
                lineNo,
                check.rule(),
                check.version(),
                check.weight(),
                values,
                evidence,
                explanation);
    }
}
