package com.aftersales.app.time;

import com.github.kagkarlsson.scheduler.exceptions.SerializationException;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import org.springframework.core.ConfigurableObjectInputStream;

/**
 * The task-data serializer db-scheduler's Spring Boot starter uses when no customizer gives one (its
 * private {@code SPRING_JAVA_SERIALIZER}): Java serialization, read with the thread's context class
 * loader. Axon's deadline task stores its details as bytes, so the format is the same either way.
 */
final class SpringJavaSerializer implements Serializer {
    static final SpringJavaSerializer INSTANCE = new SpringJavaSerializer();

    private SpringJavaSerializer() {}

    @Override
    public byte[] serialize(Object data) {
        if (data == null) {
            return null;
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ObjectOutput out = new ObjectOutputStream(bytes)) {
            out.writeObject(data);
            out.flush();
            return bytes.toByteArray();
        } catch (Exception e) {
            throw new SerializationException("Failed to serialize object", e);
        }
    }

    @Override
    public <T> T deserialize(Class<T> clazz, byte[] serializedData) {
        if (serializedData == null) {
            return null;
        }
        try (ByteArrayInputStream bytes = new ByteArrayInputStream(serializedData);
                ObjectInput in = new ConfigurableObjectInputStream(
                        bytes, Thread.currentThread().getContextClassLoader())) {
            return clazz.cast(in.readObject());
        } catch (Exception e) {
            throw new SerializationException("Failed to deserialize object", e);
        }
    }
}
