package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** R14: the sampled repair of round {@code round} passed QUALITY's sampling inspection (抽检). */
@Revision("1")
public record RepairSamplingPassedEvent(
        RepairOrderId repairOrderId, int round, UserId inspectorId, UserId engineerId, String findings) {}
