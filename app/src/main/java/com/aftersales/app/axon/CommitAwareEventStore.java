package com.aftersales.app.axon;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, told about new events when they are really committed. Axon wakes
 * the processors' event reader when its unit of work commits; but an HTTP command runs inside the
 * request's own transaction (IdempotentPosts), which commits later, so the reader found nothing
 * yet and slept its full fetch delay: the board showed each API command a second late. Here the
 * wake-up waits for the outer transaction's commit.
 */
class CommitAwareEventStore extends EmbeddedEventStore {

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeReaders(events);
                }
            });
        } else {
            wakeReaders(events);
        }
    }

    private void wakeReaders(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }
}
