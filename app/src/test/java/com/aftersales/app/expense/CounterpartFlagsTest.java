package com.aftersales.app.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.FlagExpenseClaimCommand;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.app.security.ActingUser;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** X5: the counterpart reactor, with a command gateway that records what it is sent and as whom. */
class CounterpartFlagsTest {
    static final ExpenseClaimId LATER = new ExpenseClaimId("1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed");
    static final ExpenseClaimId EARLIER = new ExpenseClaimId("6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b");
    static final String SHA = "c".repeat(64);

    record Sent(Object command, ActingUser actor) {}

    private final List<Sent> sent = new ArrayList<>();
    private RuntimeException refusal;
    private final CommandGateway gateway = (CommandGateway) Proxy.newProxyInstance(
            CommandGateway.class.getClassLoader(), new Class<?>[] {CommandGateway.class}, (proxy, method, args) -> {
                if (method.getName().equals("sendAndWait")) {
                    sent.add(new Sent(args[0], ActingUser.current().orElse(null)));
                    if (refusal != null) {
                        throw refusal;
                    }
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final CounterpartFlags reactor = new CounterpartFlags(gateway);

    static ExpenseFlag duplicate(FraudRule rule, Map<String, String> extra, List<EvidenceRef> evidence) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("key", "044001900111:12345678");
        values.put("otherClaimId", EARLIER.value());
        values.put("otherVersion", "1");
        values.put("otherLine", "3");
        values.put("otherEngineerId", "U-ENG-2");
        values.put("sameEngineer", "false");
        values.putAll(extra);
        return new ExpenseFlag(rule.name() + "-v2-L1-" + EARLIER.value(), 1, rule, 1, 50, values, evidence, "…");
    }

    static ExpenseClaimFlaggedEvent flagged(ExpenseFlag flag) {
        return new ExpenseClaimFlaggedEvent(LATER, 2, new UserId("U-ENG-1"), flag);
    }

    @Test
    @DisplayName(
            "X5 DUPLICATE_INVOICE: the earlier claim gets the mirror flag on its own line, citing the later claim, sent as the system")
    void mirrorsADuplicateInvoice() {
        reactor.on(
                flagged(duplicate(
                        FraudRule.DUPLICATE_INVOICE,
                        Map.of(),
                        List.of(new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, EARLIER.value())))),
                "corr-1");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).actor()).isEqualTo(ActingUser.system("corr-1"));
        FlagExpenseClaimCommand command = (FlagExpenseClaimCommand) sent.get(0).command();
        assertThat(command.claimId()).isEqualTo(EARLIER);
        assertThat(command.version()).isEqualTo(1);
        assertThat(command.flags())
                .containsExactly(new ExpenseFlag(
                        "DUPLICATE_INVOICE-v1-L3-" + LATER.value(),
                        3,
                        FraudRule.DUPLICATE_INVOICE,
                        1,
                        50,
                        Map.of(
                                "key", "044001900111:12345678",
                                "otherClaimId", LATER.value(),
                                "otherVersion", "2",
                                "otherLine", "1",
                                "otherEngineerId", "U-ENG-1",
                                "sameEngineer", "false",
                                "mirrorOf", "DUPLICATE_INVOICE-v2-L1-" + EARLIER.value()),
                        List.of(new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, LATER.value())),
                        "Line 3 claims the invoice 044001900111:12345678 that line 1 of version 2 of claim "
                                + LATER.value() + " of engineer U-ENG-1 claimed again later."));
    }

    @Test
    @DisplayName(
            "X5 DUPLICATE_RECEIPT_FILE: the mirror keeps the document evidence; the same event twice sends the same flag id (idempotent)")
    void mirrorsADuplicateReceiptFileDeterministically() {
        ExpenseClaimFlaggedEvent event = flagged(duplicate(
                FraudRule.DUPLICATE_RECEIPT_FILE,
                Map.of("key", SHA),
                List.of(
                        new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, EARLIER.value()),
                        new EvidenceRef(EvidenceKind.DOCUMENT, SHA))));
        reactor.on(event, "corr-2");
        reactor.on(event, "corr-2");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).command()).isEqualTo(sent.get(1).command());
        ExpenseFlag mirror =
                ((FlagExpenseClaimCommand) sent.get(0).command()).flags().get(0);
        assertThat(mirror.flagId()).isEqualTo("DUPLICATE_RECEIPT_FILE-v1-L3-" + LATER.value());
        assertThat(mirror.evidence())
                .containsExactly(
                        new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, LATER.value()),
                        new EvidenceRef(EvidenceKind.DOCUMENT, SHA));
        assertThat(mirror.explanation()).startsWith("Line 3 claims the receipt file " + SHA);
    }

    @Test
    @DisplayName("X5: a mirror flag, a duplicate within one claim, and other rules send nothing (no bounce back)")
    void nothingToMirror() {
        reactor.on(flagged(duplicate(FraudRule.DUPLICATE_INVOICE, Map.of("mirrorOf", "x"), List.of())), "c");
        ExpenseFlag withinClaim = new ExpenseFlag(
                "DUPLICATE_INVOICE-v2-L1-L2",
                1,
                FraudRule.DUPLICATE_INVOICE,
                1,
                50,
                Map.of("key", "k", "otherLine", "2"),
                List.of(),
                "…");
        reactor.on(flagged(withinClaim), "c");
        reactor.on(flagged(duplicate(FraudRule.ROUND_AMOUNT, Map.of(), List.of())), "c");
        assertThat(sent).isEmpty();
        // the mirror of a mirror is never made: feeding the reactor its own output sends nothing
        reactor.on(flagged(duplicate(FraudRule.DUPLICATE_INVOICE, Map.of(), List.of())), "c");
        FlagExpenseClaimCommand first = (FlagExpenseClaimCommand) sent.get(0).command();
        reactor.on(
                new ExpenseClaimFlaggedEvent(
                        EARLIER, 1, new UserId("U-ENG-2"), first.flags().get(0)),
                "c");
        assertThat(sent).hasSize(1);
    }

    @Test
    @DisplayName(
            "X5: the other claim's refusal of the mirror is final and does not stop the reactor; a technical failure propagates to be retried")
    void refusalsAreFinalFailuresRetried() {
        ExpenseClaimFlaggedEvent event = flagged(duplicate(FraudRule.DUPLICATE_INVOICE, Map.of(), List.of()));
        refusal = new com.aftersales.api.common.BusinessRuleViolation("X2", "CLAIM_PAID", "paid");
        reactor.on(event, "c");
        refusal = new IllegalStateException("database down");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reactor.on(event, "c"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sent).hasSize(2);
    }
}
