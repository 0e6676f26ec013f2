package com.aftersales.app.axon;

import java.sql.Connection;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs each projection event handler (classes under {@code com.aftersales.query}) inside a JDBC
 * savepoint. On PostgreSQL one failed statement aborts the whole transaction, so without this a
 * poisoned event could not even be written to the dead-letter queue, which shares the transaction,
 * and the processor would retry its batch forever. With it, only the failed event's work is rolled
 * back, the event is dead-lettered, and the rest of the batch commits. (Spring's JPA transaction
 * manager offers no savepoints, hence plain JDBC on the transaction's connection.)
 */
class SavepointPerEvent implements HandlerEnhancerDefinition {
    private static final String PROJECTIONS = "com.aftersales.query";

    private final DataSource dataSource;

    SavepointPerEvent(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projection = original.canHandleMessageType(EventMessage.class)
                && original.declaringClass().getPackageName().startsWith(PROJECTIONS);
        return projection ? new Guarded<>(original) : original;
    }

    private final class Guarded<T> extends WrappedMessageHandlingMember<T> {
        Guarded(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    Object result = super.handle(message, target);
                    connection.releaseSavepoint(savepoint);
                    return result;
                } catch (Exception failure) {
                    connection.rollback(savepoint);
                    throw failure;
                }
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }
}
