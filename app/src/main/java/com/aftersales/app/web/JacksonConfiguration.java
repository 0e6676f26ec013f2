package com.aftersales.app.web;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.TicketId;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Typed ids are written as plain strings, in the API and in stored events alike (Axon's Jackson
 * serializer uses this ObjectMapper). The API module stays free of Jackson annotations.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {

    @Bean
    public Module typedIdsModule() {
        return typedIds();
    }

    /** Also used by tests that read golden event files without a Spring context. */
    public static SimpleModule typedIds() {
        SimpleModule module = new SimpleModule("typed-ids");
        register(module, TicketId.class, TicketId::new);
        register(module, CustomerId.class, CustomerId::new);
        register(module, UserId.class, UserId::new);
        return module;
    }

    private static <T> void register(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new FromStringDeserializer<T>(type) {
            @Override
            protected T _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext context) {
                return parse.apply(value);
            }
        });
    }
}
