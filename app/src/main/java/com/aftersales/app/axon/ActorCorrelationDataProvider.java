package com.aftersales.app.axon;

import com.aftersales.api.common.ActorMetadata;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries the actor of a command into every event it causes (S3). Events caused by a deadline
 * firing are the system's own finding, not the act of whoever scheduled the deadline.
 */
class ActorCorrelationDataProvider implements CorrelationDataProvider {
    private static final String[] KEYS = {
        ActorMetadata.USER_ID, ActorMetadata.ROLE, ActorMetadata.CORRELATION_ID, ActorMetadata.CLIENT_ADDRESS
    };

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : KEYS) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        if (message instanceof DeadlineMessage) {
            data.put(ActorMetadata.USER_ID, ActorMetadata.SYSTEM_USER);
            data.put(ActorMetadata.ROLE, ActorMetadata.SYSTEM_ROLE);
            data.remove(ActorMetadata.CLIENT_ADDRESS);
        }
        return data;
    }
}
