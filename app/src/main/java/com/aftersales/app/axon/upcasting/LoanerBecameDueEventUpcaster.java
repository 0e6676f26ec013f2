package com.aftersales.app.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code LoanerBecameDueEvent} 1 → 2: the T10 loaner clock may now start at a unit receipt as well
 * as at an arrival, so {@code arrivedAt} became {@code clockStartedAt} with {@code startedBy}.
 * Revision 1 knew only arrivals: its clock was started by one.
 */
public class LoanerBecameDueEventUpcaster extends JsonPayloadUpcaster {
    static final String TYPE = "com.aftersales.api.ticket.LoanerBecameDueEvent";

    public LoanerBecameDueEventUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode event) {
        event.set("clockStartedAt", event.remove("arrivedAt"));
        event.put("startedBy", "ARRIVAL");
    }
}
