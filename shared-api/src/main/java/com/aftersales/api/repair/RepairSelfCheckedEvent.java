package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** R8: the repairing engineer's self-check (自检) of round {@code round}: what was checked. */
@Revision("1")
public record RepairSelfCheckedEvent(RepairOrderId repairOrderId, int round, UserId engineerId, String checks) {}
