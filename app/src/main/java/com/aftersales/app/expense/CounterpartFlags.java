package com.aftersales.app.expense;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.FlagExpenseClaimCommand;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.app.security.ActingUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * X5: a duplicate found on a later claim flags the earlier claim too. The screening of the later
 * claim flags its own line, naming the earlier claim's line and version; this reactor sends the
 * earlier claim its mirror flag, as the system: on that line, citing the later claim. The mirror's
 * flag id is the one the earlier claim's own screening would give the finding ({@code
 * <RULE>-v<version>-L<line>-<laterClaim>}), so a redelivered event records nothing twice; and the
 * mirror carries {@code mirrorOf}, so its own event does not mirror back.
 *
 * <p>A tracking processor of its own (application.yml): its token moves only when the command went
 * through (a technical failure propagates and is retried), so a crash loses no mirror; a refusal
 * by the other claim is final and only logged.
 */
@ProcessingGroup(CounterpartFlags.PROCESSING_GROUP)
public class CounterpartFlags {
    public static final String PROCESSING_GROUP = "expense-counterpart-flags";
    static final String MIRROR_OF = "mirrorOf";
    private static final Set<FraudRule> MIRRORED =
            Set.of(FraudRule.DUPLICATE_INVOICE, FraudRule.DUPLICATE_RECEIPT_FILE);

    private static final Logger LOG = LoggerFactory.getLogger(CounterpartFlags.class);

    private final CommandGateway commands;

    CounterpartFlags(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ExpenseClaimFlaggedEvent event, @MetaDataValue(ActorMetadata.CORRELATION_ID) String correlationId) {
        mirrorOf(event).ifPresent(command -> {
            try {
                ActingUser.runAs(ActingUser.system(correlationId), () -> commands.sendAndWait(command));
            } catch (BusinessRuleViolation refused) {
                // A refusal is final (the claim is past flagging): retrying would block every later
                // mirror behind it. The later claim's own flag still names the earlier claim.
                LOG.warn(
                        "X5: claim {} refused the mirror flag of {}: {}",
                        command.claimId(),
                        event.claimId(),
                        refused.getMessage());
            }
        });
    }

    /** The counterpart flag {@code event} calls for, if it names another claim and is no mirror itself. */
    static Optional<FlagExpenseClaimCommand> mirrorOf(ExpenseClaimFlaggedEvent event) {
        ExpenseFlag flag = event.flag();
        Map<String, String> values = flag.values();
        if (!MIRRORED.contains(flag.rule())
                || values.containsKey(MIRROR_OF)
                || !values.containsKey("otherClaimId")
                || !values.containsKey("otherVersion")
                || !values.containsKey("otherLine")) {
            return Optional.empty();
        }
        ExpenseClaimId other = new ExpenseClaimId(values.get("otherClaimId"));
        int otherVersion = Integer.parseInt(values.get("otherVersion"));
        int otherLine = Integer.parseInt(values.get("otherLine"));
        Map<String, String> mirrored = new LinkedHashMap<>();
        mirrored.put("key", values.get("key"));
        mirrored.put("otherClaimId", event.claimId().value());
        mirrored.put("otherVersion", Integer.toString(event.version()));
        mirrored.put("otherLine", Integer.toString(flag.lineNo()));
        mirrored.put("otherEngineerId", event.engineerId().value());
        mirrored.put("sameEngineer", values.get("sameEngineer"));
        mirrored.put(MIRROR_OF, flag.flagId());
        List<EvidenceRef> evidence = new ArrayList<>();
        evidence.add(new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, event.claimId().value()));
        flag.evidence().stream()
                .filter(ref -> ref.kind() != EvidenceKind.EXPENSE_AUDIT)
                .forEach(evidence::add);
        String what = flag.rule() == FraudRule.DUPLICATE_INVOICE ? "invoice" : "receipt file";
        ExpenseFlag mirror = new ExpenseFlag(
                flag.rule().name() + "-v" + otherVersion + "-L" + otherLine + "-"
                        + event.claimId().value(),
                otherLine,
                flag.rule(),
                flag.ruleVersion(),
                flag.weight(),
                mirrored,
                evidence,
                "Line " + otherLine + " claims the " + what + " " + values.get("key") + " that line "
                        + flag.lineNo() + " of version " + event.version() + " of claim "
                        + event.claimId().value()
                        + " of engineer " + event.engineerId().value() + " claimed again later.");
        return Optional.of(new FlagExpenseClaimCommand(other, otherVersion, List.of(mirror)));
    }
}
