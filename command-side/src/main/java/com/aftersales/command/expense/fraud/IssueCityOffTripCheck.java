package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.util.List;
import java.util.Map;

/**
 * X3 ISSUE_CITY_OFF_TRIP: a receipt issued in a city that is neither the destination nor on the
 * route (names compared without a trailing 市). A line without an issue city is not judged here. The
 * evidence is the engineer's dispatches to the destination during the trip, the one covering the
 * issue date first: it puts him in the destination that day.
 */
public final class IssueCityOffTripCheck implements FraudCheck {
    @Override
    public FraudRule rule() {
        return FraudRule.ISSUE_CITY_OFF_TRIP;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.ISSUE_CITY_OFF_TRIP;
    }

    @Override
    public List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts) {
        List<String> cities = claim.trip().cities();
        return claim.lines().stream()
                .filter(line -> !CityNames.normalise(line.issueCity()).isEmpty())
                .filter(line -> cities.stream().noneMatch(city -> CityNames.same(city, line.issueCity())))
                .map(line -> flag(claim, line, cities, TripDispatches.of(claim.trip(), facts, line.issueDate())))
                .toList();
    }

    private ExpenseFlag flag(
            ClaimUnderScreening claim, ExpenseLine line, List<String> cities, List<DispatchRecord> dispatches) {
        return Flags.flag(
                this,
                claim,
                line.lineNo(),
                null,
                Map.of(
                        "issueCity",
                        line.issueCity(),
                        "tripCities",
                        String.join(",", cities),
                        "dispatches",
                        TripDispatches.ids(dispatches)),
                TripDispatches.evidence(dispatches),
                "Line " + line.lineNo() + "'s receipt was issued in " + line.issueCity()
                        + ", which is not among the trip's cities " + String.join(", ", cities) + ".");
    }
}
