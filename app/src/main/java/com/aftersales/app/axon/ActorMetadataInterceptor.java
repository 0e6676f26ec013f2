package com.aftersales.app.axon;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.app.security.ActingUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Writes who is acting into the metadata of every command: stable user id, the role that
 * authorized the request, a correlation id and the client address (RULES S3). A command sent
 * without an authenticated actor is refused: nothing enters the ledger anonymously.
 */
class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            ActingUser actor = ActingUser.current()
                    .orElseThrow(() -> new IllegalStateException("commands need an authenticated actor"));
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(ActorMetadata.USER_ID, actor.userId());
            metadata.put(ActorMetadata.ROLE, actor.role());
            metadata.put(ActorMetadata.CORRELATION_ID, actor.correlationId());
            if (actor.clientAddress() != null) {
                metadata.put(ActorMetadata.CLIENT_ADDRESS, actor.clientAddress());
            }
            return command.andMetaData(metadata);
        };
    }
}
