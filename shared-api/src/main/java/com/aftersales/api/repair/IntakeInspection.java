package com.aftersales.api.repair;

import java.util.List;

/**
 * R1: what the intake inspection (初验) found when the unit was received: its appearance (scratches,
 * dents, seals), its configuration (memory, disks, options as received) and the accessories that
 * came with it (power adapter, cables, manual…), one line each.
 */
public record IntakeInspection(String appearance, String configuration, List<String> accessoriesReceived) {
    public IntakeInspection {
        accessoriesReceived = accessoriesReceived == null ? List.of() : List.copyOf(accessoriesReceived);
    }
}
