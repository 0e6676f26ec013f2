package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * R8, R14: QUALITY failed the repair of round {@code round} at {@code stage} (QC or sampling): it
 * goes back for rework, and it counts as a QC failure of {@code engineerId}, the repairing engineer.
 */
@Revision("1")
public record RepairQcFailedEvent(
        RepairOrderId repairOrderId,
        int round,
        QcStage stage,
        UserId inspectorId,
        UserId engineerId,
        String findings) {}
