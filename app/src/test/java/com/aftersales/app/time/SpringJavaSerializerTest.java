package com.aftersales.app.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The task-data serializer of our Scheduler writes what the starter's did (plain Java
 * serialization), so rows in scheduled_tasks written before the change still read.
 */
class SpringJavaSerializerTest {

    @Test
    void writesPlainJavaSerializationAndReadsItBack() throws IOException {
        List<Object> data = new ArrayList<>(List.of("sla-response", Instant.parse("2025-03-14T03:30:00Z"), 42));

        byte[] written = SpringJavaSerializer.INSTANCE.serialize(data);

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(plain)) {
            out.writeObject(data);
        }
        assertThat(written).isEqualTo(plain.toByteArray());
        assertThat(SpringJavaSerializer.INSTANCE.deserialize(List.class, written))
                .isEqualTo(data);
    }

    @Test
    void noDataIsNoBytes() {
        assertThat(SpringJavaSerializer.INSTANCE.serialize(null)).isNull();
        assertThat(SpringJavaSerializer.INSTANCE.deserialize(String.class, null))
                .isNull();
    }
}
