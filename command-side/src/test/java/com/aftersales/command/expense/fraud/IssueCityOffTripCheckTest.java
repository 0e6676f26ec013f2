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

class IssueCityOffTripCheckTest {
    private final IssueCityOffTripCheck check = new IssueCityOffTripCheck();

    @Test
    @DisplayName("X3 ISSUE_CITY_OFF_TRIP: the rule, its version 1 and weight 30")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.ISSUE_CITY_OFF_TRIP);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(30);
    }

    @Test
    @DisplayName(
            "X3 ISSUE_CITY_OFF_TRIP: the destination and the route, with or without 市, are on the trip; a blank city is not judged")
    void citiesOnTheTrip() {
        assertThat(check.check(
                        claim(
                                issued(line(1, ExpenseLineCategory.MEALS, "80"), START, "杭州市"),
                                issued(line(2, ExpenseLineCategory.MEALS, "80"), START, " 绍兴 "),
                                issued(line(3, ExpenseLineCategory.MEALS, "80"), START, " "),
                                issued(line(4, ExpenseLineCategory.MEALS, "80"), START, null)),
                        facts()))
                .isEmpty();
    }

    @Test
    @DisplayName("X3 ISSUE_CITY_OFF_TRIP: a receipt issued in 苏州 on a trip to 杭州 via 绍兴 is flagged, naming both")
    void cityOffTrip() {
        List<ExpenseFlag> flags =
                check.check(claim(issued(line(2, ExpenseLineCategory.LODGING, "300"), START, "苏州")), facts());
        assertThat(flags)
                .containsExactly(new ExpenseFlag(
                        "ISSUE_CITY_OFF_TRIP-v2-L2",
                        2,
                        FraudRule.ISSUE_CITY_OFF_TRIP,
                        1,
                        30,
                        Map.of("issueCity", "苏州", "tripCities", "杭州,绍兴", "dispatches", ""),
                        List.of(),
                        "Line 2's receipt was issued in 苏州, which is not among the trip's cities 杭州, 绍兴."));
    }

    @Test
    @DisplayName(
            "X3 ISSUE_CITY_OFF_TRIP: the evidence is the dispatch to the destination covering the issue date first,"
                    + " then the trip's others; none elsewhere or outside the trip")
    void theDispatchThatPutsHimInTheDestinationThatDayIsTheEvidence() {
        List<ExpenseFlag> flags = check.check(
                claim(issued(line(2, ExpenseLineCategory.LODGING, "300"), START.plusDays(1), "苏州")),
                dispatches(
                        new DispatchRecord("EV-1", "T-1", "D-1", "杭州", START, START),
                        new DispatchRecord("EV-2", "T-2", "D-2", "杭州市", START.plusDays(1), END),
                        new DispatchRecord("EV-3", "T-3", "D-3", "宁波", START, END),
                        new DispatchRecord("EV-4", "T-4", "D-4", "杭州", END.plusDays(1), END.plusDays(2))));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.values()).containsEntry("dispatches", "D-2,D-1");
            assertThat(flag.evidence())
                    .containsExactly(
                            new EvidenceRef(EvidenceKind.EVENT, "EV-2"),
                            new EvidenceRef(EvidenceKind.TICKET, "T-2"),
                            new EvidenceRef(EvidenceKind.EVENT, "EV-1"),
                            new EvidenceRef(EvidenceKind.TICKET, "T-1"));
        });
    }
}
