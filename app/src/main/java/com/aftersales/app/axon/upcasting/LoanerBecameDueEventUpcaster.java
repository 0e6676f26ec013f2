package com.aftersales.app.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code LoanerBecameDueEvent} 1 → 2: the T10 loaner clock may now start at a unit receipt as well
 * as at an arrival, so {@code arrivedAt} became {@code clockStartedAt} with {@code startedBy}.
 * Revision 1 knew only arrivals: its clock was started by one.
 */
public class LoanerBecameDueEventUpcaster extends SingleEventUpcaster {
    /** The stored type name is permanent, so it is spelt out rather than taken from the class. */
    static final String TYPE = "com.aftersales.api.ticket.LoanerBecameDueEvent";

    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return TYPE.equals(type.getName()) && "1".equals(type.getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = payload.deepCopy();
            event.set("clockStartedAt", event.remove("arrivedAt"));
            event.put("startedBy", "ARRIVAL");
            return event;
        });
    }
}
