package com.aftersales.command.expense.fraud;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ExpenseCaps;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Literal claims and facts the fraud rule tests share: a trip to 杭州 via 绍兴, 10–12 March 2025. */
final class FraudSamples {
    static final ExpenseClaimId CLAIM = new ExpenseClaimId("1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed");
    static final ExpenseClaimId OTHER_CLAIM = new ExpenseClaimId("6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b");
    static final ExpenseClaimId THIRD_CLAIM = new ExpenseClaimId("9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b");
    static final UserId ENGINEER = new UserId("U-ENG-1");
    static final UserId OTHER_ENGINEER = new UserId("U-ENG-2");
    static final LocalDate START = LocalDate.parse("2025-03-10");
    static final LocalDate END = LocalDate.parse("2025-03-12");
    static final Trip TRIP = new Trip("杭州", List.of("绍兴"), START, END, List.of("D-1"), "维修");
    static final Instant SUBMITTED = Instant.parse("2025-03-13T02:00:00Z");
    static final String SHA_A = "a".repeat(64);
    static final String SHA_B = "b".repeat(64);
    static final ExpenseCaps CAPS = new ExpenseCaps(Map.of(
            ExpenseCategory.LODGING,
                    Map.of(
                            CityTier.TIER_1,
                            new BigDecimal("600"),
                            CityTier.TIER_2,
                            new BigDecimal("450"),
                            CityTier.OTHER,
                            new BigDecimal("350")),
            ExpenseCategory.MEALS,
                    Map.of(
                            CityTier.TIER_1,
                            new BigDecimal("120"),
                            CityTier.TIER_2,
                            new BigDecimal("100"),
                            CityTier.OTHER,
                            new BigDecimal("80")),
            ExpenseCategory.TRANSPORT,
                    Map.of(
                            CityTier.TIER_1,
                            new BigDecimal("80"),
                            CityTier.TIER_2,
                            new BigDecimal("60"),
                            CityTier.OTHER,
                            new BigDecimal("50"))));

    private FraudSamples() {}

    static ExpenseLine line(int no, ExpenseLineCategory category, String amount) {
        return new ExpenseLine(
                no,
                category,
                new InvoiceRef("044001900111", String.format("%08d", 12345670 + no)),
                "杭州某酒店有限公司",
                START,
                "杭州",
                new BigDecimal(amount),
                receipt(Integer.toHexString(no).repeat(64).substring(0, 64)),
                "line " + no);
    }

    static ExpenseLine with(ExpenseLine line, InvoiceRef invoice) {
        return new ExpenseLine(
                line.lineNo(),
                line.category(),
                invoice,
                line.issuer(),
                line.issueDate(),
                line.issueCity(),
                line.amount(),
                line.receipt(),
                line.description());
    }

    static ExpenseLine withReceipt(ExpenseLine line, String sha256) {
        return new ExpenseLine(
                line.lineNo(),
                line.category(),
                line.invoice(),
                line.issuer(),
                line.issueDate(),
                line.issueCity(),
                line.amount(),
                receipt(sha256),
                line.description());
    }

    static ExpenseLine issued(ExpenseLine line, LocalDate date, String city) {
        return new ExpenseLine(
                line.lineNo(),
                line.category(),
                line.invoice(),
                line.issuer(),
                date,
                city,
                line.amount(),
                line.receipt(),
                line.description());
    }

    static ReceiptFile receipt(String sha256) {
        return new ReceiptFile(sha256, "application/pdf", "receipt.pdf", 1024);
    }

    static ClaimUnderScreening claim(ExpenseLine... lines) {
        return claim(TRIP, lines);
    }

    static ClaimUnderScreening claim(Trip trip, ExpenseLine... lines) {
        return new ClaimUnderScreening(CLAIM, 2, ENGINEER, trip, List.of(lines), SUBMITTED);
    }

    static Trip trip(String destination, LocalDate start, LocalDate end) {
        return new Trip(destination, List.of(), start, end, List.of(), "维修");
    }

    static ScreeningFacts facts() {
        return new ScreeningFacts(List.of(), List.of(), List.of(), List.of(), List.of(), 7, CAPS);
    }

    static ScreeningFacts holders(RegisteredKey... holders) {
        return new ScreeningFacts(List.of(holders), List.of(), List.of(), List.of(), List.of(), 7, CAPS);
    }

    static ScreeningFacts dispatches(DispatchRecord... dispatches) {
        return new ScreeningFacts(List.of(), List.of(dispatches), List.of(), List.of(), List.of(), 7, CAPS);
    }

    static ScreeningFacts arrivals(ArrivalRecord... arrivals) {
        return new ScreeningFacts(List.of(), List.of(), List.of(arrivals), List.of(), List.of(), 7, CAPS);
    }

    static ScreeningFacts otherClaims(ClaimRecord... claims) {
        return new ScreeningFacts(List.of(), List.of(), List.of(), List.of(claims), List.of(), 7, CAPS);
    }

    static ScreeningFacts phoneDuty(PhoneDutyRecord... failures) {
        return new ScreeningFacts(List.of(), List.of(), List.of(), List.of(), List.of(failures), 7, CAPS);
    }
}
