package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * X5 RECORDED_ELSEWHERE: a meals or lodging line issued on a day the engineer was recorded in a city
 * that is not one of the trip's: a dispatch of theirs there covering that day, or an arrival on
 * site there that day. The flag cites those events and their tickets.
 */
public final class RecordedElsewhereCheck implements FraudCheck {
    @Override
    public FraudRule rule() {
        return FraudRule.RECORDED_ELSEWHERE;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.RECORDED_ELSEWHERE;
    }

    @Override
    public List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts) {
        List<ExpenseFlag> flags = new ArrayList<>();
        for (ExpenseLine line : claim.lines()) {
            if (line.category() == null || !line.category().isSpentOnSite() || line.issueDate() == null) {
                continue;
            }
            List<EvidenceRef> evidence = new ArrayList<>();
            Set<String> cities = new LinkedHashSet<>();
            for (DispatchRecord dispatch : facts.dispatches()) {
                if (dispatch.covers(line.issueDate()) && offTrip(claim, dispatch.city())) {
                    cite(evidence, cities, dispatch.eventId(), dispatch.ticketId(), dispatch.city());
                }
            }
            for (ArrivalRecord arrival : facts.arrivals()) {
                if (arrival.day().equals(line.issueDate())
                        && arrival.city() != null
                        && offTrip(claim, arrival.city())) {
                    cite(evidence, cities, arrival.eventId(), arrival.ticketId(), arrival.city());
                }
            }
            if (!cities.isEmpty()) {
                flags.add(flag(claim, line, evidence, cities));
            }
        }
        return flags;
    }

    private static boolean offTrip(ClaimUnderScreening claim, String city) {
        return claim.trip().cities().stream().noneMatch(tripCity -> CityNames.same(tripCity, city));
    }

    private static void cite(
            List<EvidenceRef> evidence, Set<String> cities, String eventId, String ticketId, String city) {
        evidence.add(new EvidenceRef(EvidenceKind.EVENT, eventId));
        evidence.add(new EvidenceRef(EvidenceKind.TICKET, ticketId));
        cities.add(city);
    }

    private ExpenseFlag flag(
            ClaimUnderScreening claim, ExpenseLine line, List<EvidenceRef> evidence, Set<String> cities) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("issueDate", line.issueDate().toString());
        values.put("recordedIn", String.join(",", cities));
        values.put("records", Integer.toString(evidence.size() / 2));
        return Flags.flag(
                this,
                claim,
                line.lineNo(),
                null,
                values,
                evidence,
                "Line " + line.lineNo() + " claims " + line.category() + " on " + line.issueDate()
                        + ", a day the engineer was recorded in " + String.join(", ", cities)
                        + " by " + evidence.size() / 2 + " dispatch or arrival event(s).");
    }
}
