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

class RecordedElsewhereCheckTest {
    private final RecordedElsewhereCheck check = new RecordedElsewhereCheck();
    private static final LocalDate DAY = LocalDate.parse("2025-03-11");

    @Test
    @DisplayName("X5 RECORDED_ELSEWHERE: the rule, its version 1 and weight 30")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.RECORDED_ELSEWHERE);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(30);
    }

    @Test
    @DisplayName(
            "X5 RECORDED_ELSEWHERE: a dinner on a day a dispatch had the engineer in 宁波 is flagged, citing the dispatch and its ticket")
    void dispatchedElsewhereThatDay() {
        List<ExpenseFlag> flags = check.check(
                claim(issued(line(1, ExpenseLineCategory.MEALS, "80"), DAY, "杭州")),
                dispatches(
                        new DispatchRecord("EV-7", "T-7", "D-7", "宁波", DAY, DAY),
                        new DispatchRecord("EV-8", "T-8", "D-8", "杭州", DAY, DAY),
                        new DispatchRecord("EV-9", "T-9", "D-9", "温州", DAY.plusDays(1), DAY.plusDays(2))));
        assertThat(flags)
                .containsExactly(new ExpenseFlag(
                        "RECORDED_ELSEWHERE-v2-L1",
                        1,
                        FraudRule.RECORDED_ELSEWHERE,
                        1,
                        30,
                        Map.of("issueDate", "2025-03-11", "recordedIn", "宁波", "records", "1"),
                        List.of(
                                new EvidenceRef(EvidenceKind.EVENT, "EV-7"),
                                new EvidenceRef(EvidenceKind.TICKET, "T-7")),
                        "Line 1 claims MEALS on 2025-03-11, a day the engineer was recorded in 宁波 by 1 dispatch or arrival"
                                + " event(s)."));
    }

    @Test
    @DisplayName(
            "X5 RECORDED_ELSEWHERE: a hotel on a day of an arrival on site in 温州 is flagged; an arrival on the route, another day or of unknown city is not")
    void arrivedElsewhereThatDay() {
        List<ExpenseFlag> flags = check.check(
                claim(
                        issued(line(1, ExpenseLineCategory.LODGING, "300"), DAY, "杭州"),
                        issued(line(2, ExpenseLineCategory.LOCAL_TRANSPORT, "30"), DAY, "杭州")),
                arrivals(
                        new ArrivalRecord("EV-A", "T-A", DAY, "温州"),
                        new ArrivalRecord("EV-B", "T-B", DAY, "绍兴市"),
                        new ArrivalRecord("EV-C", "T-C", DAY.plusDays(1), "宁波"),
                        new ArrivalRecord("EV-D", "T-D", DAY, null)));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.lineNo()).isEqualTo(1);
            assertThat(flag.evidence())
                    .containsExactly(
                            new EvidenceRef(EvidenceKind.EVENT, "EV-A"), new EvidenceRef(EvidenceKind.TICKET, "T-A"));
            assertThat(flag.values()).containsEntry("recordedIn", "温州");
        });
    }

    @Test
    @DisplayName("X5 RECORDED_ELSEWHERE: a line without a date or category is not judged")
    void incompleteLines() {
        var line = line(1, ExpenseLineCategory.MEALS, "80");
        var noDate = issued(line, null, "杭州");
        var noCategory = new com.aftersales.api.expense.ExpenseLine(
                2, null, line.invoice(), "x", DAY, "杭州", line.amount(), line.receipt(), "");
        assertThat(check.check(
                        claim(noDate, noCategory),
                        dispatches(new DispatchRecord("EV-7", "T-7", "D-7", "宁波", START, END))))
                .isEmpty();
    }
}
