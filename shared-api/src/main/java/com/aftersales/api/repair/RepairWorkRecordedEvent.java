package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** R8: the repair engineer's work (round {@code round}: 1, then 2… after rework): parts replaced (part numbers) and what was done. */
@Revision("1")
public record RepairWorkRecordedEvent(
        RepairOrderId repairOrderId, int round, UserId engineerId, List<String> partsReplaced, String workDone) {

    public RepairWorkRecordedEvent {
        partsReplaced = List.copyOf(partsReplaced);
    }
}
