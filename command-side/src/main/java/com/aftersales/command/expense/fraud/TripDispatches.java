package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.Trip;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * X3, X4: the engineer's dispatches to the trip's destination during the trip, the recorded facts a
 * receipt from another city or another date is held against: the finance auditor opens the
 * dispatch that puts the engineer in the destination on those days.
 */
final class TripDispatches {
    private TripDispatches() {}

    /** The dispatches to the destination that overlap the trip; of them, those covering {@code day} first. */
    static List<DispatchRecord> of(Trip trip, ScreeningFacts facts, LocalDate day) {
        List<DispatchRecord> toDestination = facts.dispatches().stream()
                .filter(dispatch -> CityNames.same(dispatch.city(), trip.destinationCity()))
                .filter(dispatch -> dispatch.overlaps(trip.startDate(), trip.endDate()))
                .toList();
        List<DispatchRecord> ordered = new ArrayList<>();
        toDestination.stream().filter(dispatch -> dispatch.covers(day)).forEach(ordered::add);
        toDestination.stream().filter(dispatch -> !dispatch.covers(day)).forEach(ordered::add);
        return ordered;
    }

    /** Each dispatch as its event and its ticket. */
    static List<EvidenceRef> evidence(List<DispatchRecord> dispatches) {
        List<EvidenceRef> evidence = new ArrayList<>();
        for (DispatchRecord dispatch : dispatches) {
            evidence.add(new EvidenceRef(EvidenceKind.EVENT, dispatch.eventId()));
            evidence.add(new EvidenceRef(EvidenceKind.TICKET, dispatch.ticketId()));
        }
        return evidence;
    }

    /** The dispatch ids as a flag's value, comma-separated. */
    static String ids(List<DispatchRecord> dispatches) {
        return String.join(
                ",", dispatches.stream().map(DispatchRecord::dispatchId).toList());
    }
}
