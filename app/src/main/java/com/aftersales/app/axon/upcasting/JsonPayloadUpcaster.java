package com.aftersales.app.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Turns one event type's stored JSON from one revision into the next. The type is named by its
 * stored name, spelt out: renaming or moving the class later must not change which rows this
 * upcaster reads.
 */
abstract class JsonPayloadUpcaster extends SingleEventUpcaster {
    private final String storedType;
    private final String fromRevision;
    private final SimpleSerializedType upcastType;

    JsonPayloadUpcaster(String storedType, String fromRevision, String toRevision) {
        this.storedType = storedType;
        this.fromRevision = fromRevision;
        this.upcastType = new SimpleSerializedType(storedType, toRevision);
    }

    /** Changes {@code event}, a copy of the stored payload, into the next revision's shape. */
    abstract void upcast(ObjectNode event);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return storedType.equals(type.getName()) && fromRevision.equals(type.getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(upcastType, JsonNode.class, payload -> {
            ObjectNode event = payload.deepCopy();
            upcast(event);
            return event;
        });
    }
}
