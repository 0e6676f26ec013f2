package com.aftersales.app.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How a snapshot stores an aggregate: every field, as the aggregate holds it, in JSON. The events'
 * serializer sees only what a type exposes through its accessors, and an aggregate exposes none,
 * so with it a snapshot would silently hold less than the aggregate knows. Here getters and setters
 * are ignored and fields read and written directly. An unknown field fails the read, and with it
 * the command (Axon reads a snapshot's payload only when it builds the aggregate): better refused
 * than decided on a guess. The aggregate's {@code @Revision} keeps snapshots of an older shape
 * from being read at all (ADR 0012).
 */
public final class SnapshotSerializer {
    private SnapshotSerializer() {}

    /**
     * A mapper of its own, not the web's: that one refuses text with control characters at the door
     * and writes typed ids its own way; a snapshot gives back exactly what the aggregate held.
     */
    public static JacksonSerializer create() {
        ObjectMapper fields = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }
}
