package com.aftersales.command.expense;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ClaimStage;
import com.aftersales.api.expense.ExpenseClaimApprovedEvent;
import com.aftersales.api.expense.ExpenseClaimAuditedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimRejectedEvent;
import com.aftersales.api.expense.ExpenseClaimSubmittedEvent;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.TravelAdvanceStatus;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * The claim of the fixture tests: engineer {@code U-ENG-WANG} went to 苏州 via 上海 from Monday 3
 * to Wednesday 5 March 2025 (dispatch {@code D-1}) and claims a night's lodging (450.00) and meals
 * (120.50), 570.50 in all. Supervisor {@code U-SUP-CHEN} approves; {@code U-FIN-QIAN} of finance
 * audits and pays. Advance {@code 7c1e…} of 1000.00 was paid to him before the trip. The clock says
 * 10 March 2025, 10:00 in Shanghai.
 */
final class ExpenseClaimSamples {
    static final ExpenseClaimId CLAIM = new ExpenseClaimId("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final TravelAdvanceId ADVANCE = new TravelAdvanceId("7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    static final UserId ENGINEER = new UserId("U-ENG-WANG");
    static final String SUPERVISOR = "U-SUP-CHEN";
    static final String FINANCE = "U-FIN-QIAN";
    static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");
    static final ClaimClock CLOCK = new ClaimClock(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
    static final LocalDate START = LocalDate.parse("2025-03-03");
    static final LocalDate END = LocalDate.parse("2025-03-05");
    static final Trip TRIP = new Trip("苏州", List.of("上海"), START, END, List.of("D-1"), "HX-3200 维修");
    static final ReceiptFile RECEIPT = new ReceiptFile("ab".repeat(32), "application/pdf", "hotel.pdf", 2048);
    static final BigDecimal LODGING = new BigDecimal("450.00");
    static final BigDecimal MEALS = new BigDecimal("120.50");
    static final BigDecimal TOTAL = new BigDecimal("570.50");
    static final BigDecimal ADVANCED = new BigDecimal("1000.00");
    static final List<ExpenseLine> LINES =
            List.of(line(1, ExpenseLineCategory.LODGING, LODGING), line(2, ExpenseLineCategory.MEALS, MEALS));
    static final EvidenceRef DISPATCH = new EvidenceRef(EvidenceKind.EVENT, "e-dispatch-1");

    private ExpenseClaimSamples() {}

    static ExpenseLine line(int lineNo, ExpenseLineCategory category, BigDecimal amount) {
        return new ExpenseLine(
                lineNo,
                category,
                new InvoiceRef("044001900111", "1234567" + (lineNo % 10)),
                "苏州金鸡湖酒店",
                LocalDate.parse("2025-03-04"),
                "苏州",
                amount,
                RECEIPT,
                null);
    }

    static ExpenseFlag flag(String flagId, int lineNo) {
        return new ExpenseFlag(
                flagId,
                lineNo,
                FraudRule.ISSUE_CITY_OFF_TRIP,
                1,
                30,
                Map.of("issueCity", "杭州"),
                List.of(DISPATCH),
                "发票开具城市杭州不在行程上");
    }

    static Map<String, String> as(String user, String role) {
        return Map.of(ActorMetadata.USER_ID, user, ActorMetadata.ROLE, role);
    }

    static Map<String, String> engineer() {
        return as(ENGINEER.value(), "ENGINEER");
    }

    static Map<String, String> supervisor() {
        return as(SUPERVISOR, "SUPERVISOR");
    }

    static Map<String, String> finance() {
        return as(FINANCE, "FINANCE");
    }

    static Map<String, String> system() {
        return as(ActorMetadata.SYSTEM_USER, ActorMetadata.SYSTEM_ROLE);
    }

    static ExpenseClaimSubmittedEvent submitted() {
        return submitted(null);
    }

    static ExpenseClaimSubmittedEvent submitted(TravelAdvanceId advance) {
        return new ExpenseClaimSubmittedEvent(CLAIM, 1, ENGINEER, TRIP, LINES, TOTAL, advance);
    }

    static ExpenseClaimFlaggedEvent flagged(int version, String flagId, int lineNo) {
        return new ExpenseClaimFlaggedEvent(CLAIM, version, ENGINEER, flag(flagId, lineNo));
    }

    static ExpenseClaimApprovedEvent approved(int version) {
        return new ExpenseClaimApprovedEvent(CLAIM, version, new UserId(SUPERVISOR), "属实");
    }

    static ExpenseClaimAuditedEvent audited(int version, BigDecimal reimbursable) {
        return new ExpenseClaimAuditedEvent(CLAIM, version, new UserId(FINANCE), reimbursable, "票据齐全");
    }

    static ExpenseClaimRejectedEvent rejected(int version, ClaimStage stage, String by) {
        return new ExpenseClaimRejectedEvent(CLAIM, version, stage, new UserId(by), "缺少行程单");
    }

    /** What the screening answers, and the advances the claims settle, as the test sets them. */
    static final class Stubs {
        final List<ExpenseFlag> flags = new ArrayList<>();
        final List<ClaimUnderScreening> screened = new ArrayList<>();
        final Map<TravelAdvanceId, ClaimAdvance> advances = new HashMap<>();
        final List<String> settlements = new ArrayList<>();

        Stubs withPaidAdvance(UserId engineer) {
            advances.put(ADVANCE, new ClaimAdvance(engineer, TravelAdvanceStatus.PAID, ADVANCED));
            return this;
        }

        AggregateTestFixture<ExpenseClaim> fixture() {
            AggregateTestFixture<ExpenseClaim> fixture = new AggregateTestFixture<>(ExpenseClaim.class);
            fixture.registerInjectableResource((ClaimScreening) claim -> {
                screened.add(claim);
                return List.copyOf(flags);
            });
            fixture.registerInjectableResource(new ClaimAdvances() {
                @Override
                public Optional<ClaimAdvance> find(TravelAdvanceId advanceId) {
                    return Optional.ofNullable(advances.get(advanceId));
                }

                @Override
                public void settle(
                        TravelAdvanceId advanceId,
                        ExpenseClaimId claimId,
                        BigDecimal reimbursed,
                        String actor,
                        String role) {
                    settlements.add(advanceId + "/" + claimId + "/" + reimbursed + "/" + actor + "/" + role);
                }
            });
            fixture.registerInjectableResource(CLOCK);
            return fixture;
        }
    }

    static AggregateTestFixture<ExpenseClaim> fixture() {
        return new Stubs().withPaidAdvance(ENGINEER).fixture();
    }
}
