package com.aftersales.api.lineage;

import java.util.List;

/** Every step of a serial's lineage, oldest first; empty when the ledger knows nothing of it. */
public record SerialLineageView(String serialNumber, List<LineageStepView> steps) {
    public SerialLineageView {
        steps = List.copyOf(steps);
    }
}
