package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IssueDateOutsideTripCheckTest {
    private final IssueDateOutsideTripCheck check = new IssueDateOutsideTripCheck(RuleParameters.DEFAULTS);

    @Test
    @DisplayName("X3 ISSUE_DATE_OUTSIDE_TRIP: the rule, its version 1 and weight 20")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.ISSUE_DATE_OUTSIDE_TRIP);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(20);
    }

    @Test
    @DisplayName(
            "X3 ISSUE_DATE_OUTSIDE_TRIP: the first and last day are in; a ticket up to 7 days ahead is in; no date is not judged")
    void boundariesInside() {
        assertThat(check.check(
                        claim(
                                issued(line(1, ExpenseLineCategory.MEALS, "80"), START, "杭州"),
                                issued(line(2, ExpenseLineCategory.MEALS, "80"), END, "杭州"),
                                issued(
                                        line(3, ExpenseLineCategory.INTERCITY_TRANSPORT, "80"),
                                        START.minusDays(7),
                                        "杭州"),
                                issued(line(4, ExpenseLineCategory.MEALS, "80"), null, "杭州")),
                        facts()))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "X3 ISSUE_DATE_OUTSIDE_TRIP: a meal the day before, a ticket 8 days ahead and a hotel the day after are flagged")
    void boundariesOutside() {
        List<ExpenseFlag> flags = check.check(
                claim(
                        issued(line(1, ExpenseLineCategory.MEALS, "80"), START.minusDays(1), "杭州"),
                        issued(line(2, ExpenseLineCategory.INTERCITY_TRANSPORT, "80"), START.minusDays(8), "杭州"),
                        issued(line(3, ExpenseLineCategory.LODGING, "300"), END.plusDays(1), "杭州")),
                facts());
        assertThat(flags).extracting(ExpenseFlag::lineNo).containsExactly(1, 2, 3);
        assertThat(flags.get(0))
                .isEqualTo(
                        new ExpenseFlag(
                                "ISSUE_DATE_OUTSIDE_TRIP-v2-L1",
                                1,
                                FraudRule.ISSUE_DATE_OUTSIDE_TRIP,
                                1,
                                20,
                                Map.of(
                                        "issueDate", "2025-03-09",
                                        "startDate", "2025-03-10",
                                        "endDate", "2025-03-12",
                                        "earliestIssueDate", "2025-03-10",
                                        "daysOutside", "1",
                                        "dispatches", ""),
                                List.of(),
                                "Line 1's receipt was issued on 2025-03-09, 1 day(s) outside the trip from 2025-03-10 to 2025-03-12."));
        assertThat(flags.get(1).values())
                .containsEntry("earliestIssueDate", "2025-03-03")
                .containsEntry("daysOutside", "8");
        assertThat(flags.get(2).values()).containsEntry("daysOutside", "1");
    }

    @Test
    @DisplayName(
            "X3 ISSUE_DATE_OUTSIDE_TRIP: the evidence is the engineer's dispatches to the destination during the trip,"
                    + " not those elsewhere or at other times")
    void dispatchesOfTheTripAreTheEvidence() {
        List<ExpenseFlag> flags = check.check(
                claim(issued(line(1, ExpenseLineCategory.MATERIALS, "86.30"), START.minusDays(5), "杭州")),
                dispatches(
                        new DispatchRecord("EV-1", "T-1", "D-1", "杭州市", START, END),
                        new DispatchRecord("EV-2", "T-2", "D-2", "宁波", START, END),
                        new DispatchRecord("EV-3", "T-3", "D-3", "杭州", END.plusDays(1), END.plusDays(3))));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.values()).containsEntry("dispatches", "D-1");
            assertThat(flag.evidence())
                    .containsExactly(
                            new EvidenceRef(EvidenceKind.EVENT, "EV-1"), new EvidenceRef(EvidenceKind.TICKET, "T-1"));
        });
    }

    @Test
    @DisplayName("X3 ISSUE_DATE_OUTSIDE_TRIP: with no purchase ahead allowed, a ticket the day before is flagged")
    void noAdvancePurchase() {
        IssueDateOutsideTripCheck strict = new IssueDateOutsideTripCheck(new RuleParameters(
                0,
                RuleParameters.DEFAULTS.roundAmountMinimum(),
                RuleParameters.DEFAULTS.roundAmountStep(),
                RuleParameters.DEFAULTS.approvalLimit(),
                null));
        assertThat(strict.check(
                        claim(issued(line(1, ExpenseLineCategory.INTERCITY_TRANSPORT, "80"), START.minusDays(1), "杭州")),
                        facts()))
                .hasSize(1);
    }
}
