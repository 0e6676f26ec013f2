package com.aftersales.api.repair;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** R7: recorded by the system: hand-over {@code handOver} is still out, chase {@code chase} is due on {@code dueOn}. */
@Revision("1")
public record OutsourcedRepairChaseDueEvent(RepairOrderId repairOrderId, int handOver, int chase, LocalDate dueOn) {}
