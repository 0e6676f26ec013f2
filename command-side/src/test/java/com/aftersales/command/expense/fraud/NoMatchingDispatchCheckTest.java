package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoMatchingDispatchCheckTest {
    private final NoMatchingDispatchCheck check = new NoMatchingDispatchCheck();

    private static DispatchRecord dispatch(String id, String city, String start, String end) {
        return new DispatchRecord("EV-" + id, "T-" + id, id, city, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    @DisplayName("X4 NO_MATCHING_DISPATCH: the rule, its version 1 and weight 40")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.NO_MATCHING_DISPATCH);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(40);
    }

    @Test
    @DisplayName("X4 NO_MATCHING_DISPATCH: a dispatch to the destination touching the trip's first or last day matches")
    void overlappingDispatchMatches() {
        assertThat(check.check(
                        claim(line(1, ExpenseLineCategory.MEALS, "80")),
                        dispatches(dispatch("D-1", "杭州市", "2025-03-01", "2025-03-10"))))
                .isEmpty();
        assertThat(check.check(
                        claim(line(1, ExpenseLineCategory.MEALS, "80")),
                        dispatches(dispatch("D-1", "杭州", "2025-03-12", "2025-03-20"))))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "X4 NO_MATCHING_DISPATCH: no dispatch at all flags the claim (line 0), naming the dispatches the trip cites")
    void noDispatch() {
        List<ExpenseFlag> flags = check.check(claim(line(1, ExpenseLineCategory.MEALS, "80")), facts());
        assertThat(flags)
                .containsExactly(new ExpenseFlag(
                        "NO_MATCHING_DISPATCH-v2-L0",
                        0,
                        FraudRule.NO_MATCHING_DISPATCH,
                        1,
                        40,
                        Map.of(
                                "destinationCity", "杭州",
                                "startDate", "2025-03-10",
                                "endDate", "2025-03-12",
                                "dispatchesNamed", "D-1",
                                "dispatchesElsewhere", ""),
                        List.of(),
                        "No dispatch of the engineer to 杭州 overlaps the trip from 2025-03-10 to 2025-03-12 (the trip names"
                                + " D-1); no dispatch of the engineer overlaps it."));
    }

    @Test
    @DisplayName(
            "X4 NO_MATCHING_DISPATCH: dispatches elsewhere then are cited as events and tickets; ones to the destination before or after are no match")
    void dispatchedElsewhere() {
        List<ExpenseFlag> flags = check.check(
                claim(trip("杭州", START, END), line(1, ExpenseLineCategory.MEALS, "80")),
                dispatches(
                        dispatch("D-7", "宁波", "2025-03-11", "2025-03-11"),
                        dispatch("D-8", "杭州", "2025-03-01", "2025-03-09"),
                        dispatch("D-9", "杭州", "2025-03-13", "2025-03-14")));
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).evidence())
                .containsExactly(
                        new EvidenceRef(EvidenceKind.EVENT, "EV-D-7"), new EvidenceRef(EvidenceKind.TICKET, "T-D-7"));
        assertThat(flags.get(0).values())
                .containsEntry("dispatchesNamed", "")
                .containsEntry("dispatchesElsewhere", "D-7 宁波 2025-03-11..2025-03-11");
        assertThat(flags.get(0).explanation())
                .isEqualTo(
                        "No dispatch of the engineer to 杭州 overlaps the trip from 2025-03-10 to 2025-03-12 (the trip"
                                + " names no dispatch); the engineer was dispatched elsewhere then: D-7 宁波 2025-03-11..2025-03-11.");
    }
}
