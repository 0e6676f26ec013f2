package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.ClaimUnderScreening;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * X4 NO_MATCHING_DISPATCH, on the whole claim (line 0): no dispatch (T7) of the engineer to the
 * trip's destination overlaps the trip's dates. The flag names the dispatches the trip cites and
 * cites, as evidence, the engineer's dispatches that overlap the trip elsewhere.
 */
public final class NoMatchingDispatchCheck implements FraudCheck {
    @Override
    public FraudRule rule() {
        return FraudRule.NO_MATCHING_DISPATCH;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.NO_MATCHING_DISPATCH;
    }

    @Override
    public List<ExpenseFlag> check(ClaimUnderScreening claim, ScreeningFacts facts) {
        Trip trip = claim.trip();
        List<DispatchRecord> overlapping = facts.dispatches().stream()
                .filter(dispatch -> dispatch.overlaps(trip.startDate(), trip.endDate()))
                .toList();
        if (overlapping.stream().anyMatch(dispatch -> CityNames.same(dispatch.city(), trip.destinationCity()))) {
            return List.of();
        }
        List<EvidenceRef> evidence = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (DispatchRecord dispatch : overlapping) {
            evidence.add(new EvidenceRef(EvidenceKind.EVENT, dispatch.eventId()));
            evidence.add(new EvidenceRef(EvidenceKind.TICKET, dispatch.ticketId()));
            elsewhere.add(dispatch.dispatchId() + " " + dispatch.city() + " " + dispatch.startDate() + ".."
                    + dispatch.endDate());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("destinationCity", String.valueOf(trip.destinationCity()));
        values.put("startDate", trip.startDate().toString());
        values.put("endDate", trip.endDate().toString());
        values.put("dispatchesNamed", String.join(",", trip.dispatchIds()));
        values.put("dispatchesElsewhere", String.join(";", elsewhere));
        String found = elsewhere.isEmpty()
                ? "no dispatch of the engineer overlaps it"
                : "the engineer was dispatched elsewhere then: " + String.join("; ", elsewhere);
        return List.of(Flags.flag(
                this,
                claim,
                0,
                null,
                values,
                evidence,
                "No dispatch of the engineer to " + trip.destinationCity() + " overlaps the trip from "
                        + trip.startDate() + " to " + trip.endDate() + " (the trip names "
                        + (trip.dispatchIds().isEmpty() ? "no dispatch" : String.join(", ", trip.dispatchIds()))
                        + "); " + found + "."));
    }
}
