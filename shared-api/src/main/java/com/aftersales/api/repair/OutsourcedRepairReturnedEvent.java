package com.aftersales.api.repair;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * R7: the unit came back from hand-over {@code handOver}: {@code repaired} by the station, or not
 * (then another station is chosen with a new hand-over); {@code stationReport} says what it did.
 */
@Revision("1")
public record OutsourcedRepairReturnedEvent(
        RepairOrderId repairOrderId, int handOver, boolean repaired, String stationReport, Instant returnedAt) {}
