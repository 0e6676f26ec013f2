package com.aftersales.api.repair;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R3, R6: recorded by the system when {@code clock}'s step was not done by {@code dueAt}. */
@Revision("1")
public record RepairClockBreachedEvent(RepairOrderId repairOrderId, RepairClock clock, Instant dueAt) {}
