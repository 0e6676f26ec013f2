package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.ClaimUnderScreening;
import com.aftersales.command.expense.fraud.RegisteredKey.KeyKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * X5: the same key (an invoice, a receipt file) on two lines. Within the claim, both lines are
 * flagged, each naming the other. Against another claim (the same engineer's or another's), the
 * line is flagged once per other claim, naming that claim's latest version that carried the key; the
 * other claim gets its mirror flag from the counterpart reactor. Earlier versions of this same claim
 * are no duplicates: a corrected claim carries its receipts again.
 */
abstract class DuplicateKeyCheck implements FraudCheck {

    abstract KeyKind kind();

    /** The line's key, if it has one. */
    abstract Optional<String> keyOf(ExpenseLine line);

    /** The evidence that names the key itself, besides the other claim. */
    abstract List<EvidenceRef> keyEvidence(String key);

    /** How the explanation names the key: "invoice 0440… 1234…" or "receipt file ab12…". */
    abstract String describe(ExpenseLine line);

    @Override
    public List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts) {
        List<ExpenseFlag> flags = new ArrayList<>();
        for (ExpenseLine line : claim.lines()) {
            Optional<String> key = keyOf(line);
            if (key.isEmpty()) {
                continue;
            }
            for (ExpenseLine other : claim.lines()) {
                if (other.lineNo() != line.lineNo() && keyOf(other).equals(key)) {
                    flags.add(withinClaim(claim, line, other, key.get()));
                }
            }
            for (RegisteredKey holder : latestPerOtherClaim(claim, facts, key.get())) {
                flags.add(acrossClaims(claim, line, holder));
            }
        }
        return flags;
    }

    private ExpenseFlag withinClaim(ClaimUnderScreening claim, ExpenseLine line, ExpenseLine other, String key) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("key", key);
        values.put("otherLine", Integer.toString(other.lineNo()));
        return Flags.flag(
                this,
                claim,
                line.lineNo(),
                "L" + other.lineNo(),
                values,
                keyEvidence(key),
                "Line " + line.lineNo() + " claims " + describe(line) + " that line " + other.lineNo()
                        + " of the same claim claims too.");
    }

    private ExpenseFlag acrossClaims(ClaimUnderScreening claim, ExpenseLine line, RegisteredKey holder) {
        boolean sameEngineer = holder.engineerId().equals(claim.engineerId());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("key", holder.key());
        values.put("otherClaimId", holder.claimId().value());
        values.put("otherVersion", Integer.toString(holder.version()));
        values.put("otherLine", Integer.toString(holder.lineNo()));
        values.put("otherEngineerId", holder.engineerId().value());
        values.put("sameEngineer", Boolean.toString(sameEngineer));
        List<EvidenceRef> evidence = new ArrayList<>();
        evidence.add(
                new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, holder.claimId().value()));
        evidence.addAll(keyEvidence(holder.key()));
        return Flags.flag(
                this,
                claim,
                line.lineNo(),
                holder.claimId().value(),
                values,
                evidence,
                "Line " + line.lineNo() + " claims " + describe(line) + " already claimed on line "
                        + holder.lineNo() + " of version " + holder.version() + " of claim "
                        + holder.claimId().value()
                        + (sameEngineer
                                ? " of the same engineer"
                                : " of engineer " + holder.engineerId().value()) + ".");
    }

    private List<RegisteredKey> latestPerOtherClaim(ClaimUnderScreening claim, ScreeningFacts facts, String key) {
        Map<String, RegisteredKey> latest = new LinkedHashMap<>();
        facts.earlierHolders().stream()
                .filter(holder -> holder.kind() == kind() && holder.key().equals(key))
                .filter(holder -> !holder.claimId().equals(claim.claimId()))
                .sorted(Comparator.comparing(RegisteredKey::registeredAt)
                        .thenComparing(RegisteredKey::version, Comparator.reverseOrder())
                        .thenComparing(RegisteredKey::lineNo))
                .forEach(holder -> latest.merge(
                        holder.claimId().value(),
                        holder,
                        (kept, next) -> next.version() > kept.version() ? next : kept));
        return List.copyOf(latest.values());
    }
}
