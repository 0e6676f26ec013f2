package com.aftersales.app.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * A command sent with a stale expected version is a conflict (409) before anything else: the
 * caller decided on a ticket that has changed since, so whether the command would also break a
 * rule on today's ticket is beside the point. Axon itself checks the version only at commit time,
 * after the handler has run; that check still guards the race between this read and the append.
 */
class StaleVersionCheck implements MessageHandlerInterceptor<CommandMessage<?>> {
    private final CommandTargetResolver targets =
            AnnotationCommandTargetResolver.builder().build();
    private final EventStore eventStore;

    StaleVersionCheck(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        VersionedAggregateIdentifier target = target(unitOfWork.getMessage());
        if (target != null && target.getVersion() != null) {
            eventStore.lastSequenceNumberFor(target.getIdentifier()).ifPresent(actual -> {
                if (!actual.equals(target.getVersion())) {
                    throw new ConflictingAggregateVersionException(target.getIdentifier(), target.getVersion(), actual);
                }
            });
        }
        return chain.proceed();
    }

    private VersionedAggregateIdentifier target(CommandMessage<?> command) {
        try {
            return targets.resolveTarget(command);
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}
