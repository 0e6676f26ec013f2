package com.aftersales.app.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * {@code ServiceTicketRegisteredEvent} 1 → 2: the product gained {@code unitClass}, the class a T10
 * loaner must match. A registration of revision 1 named no class, and the unit's own model is the
 * class it belongs to, so the model is taken.
 */
public class ServiceTicketRegisteredEventUpcaster extends SingleEventUpcaster {
    /** The stored type name is permanent, so it is spelt out rather than taken from the class. */
    static final String TYPE = "com.aftersales.api.ticket.ServiceTicketRegisteredEvent";

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
            ObjectNode product = (ObjectNode) event.get("product");
            product.set("unitClass", product.get("model"));
            return event;
        });
    }
}
