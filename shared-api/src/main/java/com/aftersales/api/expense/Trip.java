package com.aftersales.api.expense;

import java.time.LocalDate;
import java.util.List;

/**
 * X1, X3, X4: the business trip (出差) a claim covers: where to, through which cities, from when to
 * when (both days included), the dispatches (T7, by dispatch id) it served, and why.
 */
public record Trip(
        String destinationCity,
        List<String> route,
        LocalDate startDate,
        LocalDate endDate,
        List<String> dispatchIds,
        String purpose) {
    public Trip {
        route = route == null ? List.of() : List.copyOf(route);
        dispatchIds = dispatchIds == null ? List.of() : List.copyOf(dispatchIds);
    }

    /** X3: the destination, then the cities on the route. */
    public List<String> cities() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(destinationCity), route.stream())
                .toList();
    }
}
