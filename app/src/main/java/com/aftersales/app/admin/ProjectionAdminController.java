package com.aftersales.app.admin;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.MANAGER;

import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read models are disposable: rebuild one from the event stream and watch its progress. */
@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Projections", description = "status and rebuild of read models")
class ProjectionAdminController {
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionAdminController(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @GetMapping
    @AllowedRoles({ADMIN, MANAGER})
    @Operation(summary = "Every projection with its position against the head of the event stream")
    List<ProjectionStatus> list() {
        long head = position(eventStore.createHeadToken());
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(processor -> status(processor, head))
                .toList();
    }

    @GetMapping("/{name}")
    @AllowedRoles({ADMIN, MANAGER})
    @Operation(summary = "One projection's progress: position, head, replaying")
    ProjectionStatus get(@PathVariable String name) {
        return status(processor(name), position(eventStore.createHeadToken()));
    }

    @PostMapping("/{name}/rebuild")
    @AllowedRoles({ADMIN})
    @Operation(summary = "Empty the read model and replay every event into it; follow progress with GET")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return ResponseEntity.accepted().body(status(processor, position(eventStore.createHeadToken())));
    }

    /** {@code position} is the lowest position over the segments: everything before it is done. */
    record ProjectionStatus(
            String name, boolean running, boolean replaying, boolean caughtUp, long position, long head) {}

    private StreamingEventProcessor processor(String name) {
        return processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownResourceException("no projection " + name));
    }

    private static ProjectionStatus status(StreamingEventProcessor processor, long head) {
        var segments = processor.processingStatus().values();
        long position = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1L))
                .min()
                .orElse(-1L);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        return new ProjectionStatus(processor.getName(), processor.isRunning(), replaying, caughtUp, position, head);
    }

    private static long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(-1L);
    }
}
