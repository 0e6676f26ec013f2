package com.aftersales.app.demo;

import java.time.Duration;
import java.util.Collection;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Waits until a streaming processor of this node has handled every event recorded before the call,
 * so what it sends in reply (a counterpart flag, X5) is recorded before the demo issues last month's
 * report, and the issued figures do not depend on which thread was quicker.
 */
@Component
class ProcessorCatchUp {
    private static final Logger log = LoggerFactory.getLogger(ProcessorCatchUp.class);
    private static final long PAUSE_MILLIS = 50;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProcessorCatchUp(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** True once {@code processorName} passed the head of the stream as it is now; false after {@code patience}. */
    boolean await(String processorName, Duration patience) {
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1L);
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (position(processorName).orElse(-1L) >= head) {
                return true;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        log.warn("Processor {} did not reach position {} within {}", processorName, head, patience);
        return false;
    }

    /** The lowest position over the processor's segments here; empty while it holds none. */
    private OptionalLong position(String processorName) {
        Collection<EventTrackerStatus> segments = processing
                .eventProcessor(processorName, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().values())
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor " + processorName));
        if (segments.isEmpty()) {
            return OptionalLong.empty();
        }
        return segments.stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1L))
                .min();
    }
}
