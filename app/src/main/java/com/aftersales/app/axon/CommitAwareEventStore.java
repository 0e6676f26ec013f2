package com.aftersales.app.axon;

import java.util.List;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, told about new events when they are really committed, and with its
 * shared cache of recent events always kept at the head.
 *
 * <p>Axon wakes the processors' event reader when its unit of work commits; but an HTTP command
 * runs inside the request's own transaction (IdempotentPosts), which commits later, so the reader
 * found nothing yet and slept its full fetch delay: the board showed each API command a second
 * late. Here the wake-up waits for the outer transaction's commit.
 *
 * <p>The cache's reader only reads while some processor follows the cache. When every processor
 * stops (the workload generator stops them all while it writes a history) the cache stays where
 * they left it; started again, they find their position in it and follow it, and its reader then
 * loads the whole history written meanwhile in one go, every event of which stays reachable until
 * it reaches the head (Axon keeps the node it started from): 180,000 events, 430 MB of a 512 MB
 * heap, 30,000 events into the catch-up of a 300,000-event history, and a million-event one ran
 * out of heap (docs/performance.md). A follower of our own, reading nothing but the cache, keeps it
 * at the head at all times, so processors that fell behind read the history on a stream of their
 * own, a batch at a time, and join the cache once they caught up.
 */
class CommitAwareEventStore extends EmbeddedEventStore {
    private static final Logger log = LoggerFactory.getLogger(CommitAwareEventStore.class);

    private volatile Thread follower;

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

    @Override
    public void registerLifecycleHandlers(Lifecycle.LifecycleRegistry handle) {
        super.registerLifecycleHandlers(handle);
        // before the processors start and after they stopped
        handle.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, this::followHead);
        handle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS - 1, this::stopFollowing);
    }

    void followHead() {
        Thread thread = new Thread(this::follow, "event-cache-follower");
        thread.setDaemon(true);
        thread.start();
        follower = thread;
    }

    /** Until stopped; a failed read (the database away) is logged and the cache followed again. */
    private void follow() {
        while (!Thread.currentThread().isInterrupted()) {
            try (BlockingStream<TrackedEventMessage<?>> stream = openStream(createHeadToken())) {
                while (!Thread.currentThread().isInterrupted()) {
                    stream.nextAvailable();
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException failed) {
                log.warn("The event cache's follower failed, following again in a second: {}", failed.toString());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    void stopFollowing() {
        Thread thread = follower;
        follower = null;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
