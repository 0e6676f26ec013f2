package com.aftersales.app.admin;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.MANAGER;

import com.aftersales.app.security.AllowedRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
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
    private final Projections projections;

    ProjectionAdminController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    @AllowedRoles({ADMIN, MANAGER})
    @Operation(summary = "Every projection with its position against the head of the event stream")
    List<Projections.Status> list() {
        return projections.all();
    }

    @GetMapping("/{name}")
    @AllowedRoles({ADMIN, MANAGER})
    @Operation(summary = "One projection's progress: position, head, replaying")
    Projections.Status get(@PathVariable String name) {
        return projections.status(name);
    }

    @GetMapping("/{name}/dead-letters")
    @AllowedRoles({ADMIN, MANAGER})
    @Operation(summary = "Events the projection could not handle, and the tickets they hold up")
    List<Projections.DeadLetter> deadLetters(@PathVariable String name) {
        return projections.deadLetters(name);
    }

    @PostMapping("/{name}/dead-letters/retry")
    @AllowedRoles({ADMIN})
    @Operation(summary = "Hand every parked sequence to the projection again, once its cause is fixed")
    Map<String, Integer> retryDeadLetters(@PathVariable String name) {
        return Map.of("sequencesProcessed", projections.retryDeadLetters(name));
    }

    @PostMapping("/{name}/rebuild")
    @AllowedRoles({ADMIN})
    @Operation(summary = "Empty the read model and replay every event into it; follow progress with GET")
    ResponseEntity<Projections.Status> rebuild(@PathVariable String name) {
        return ResponseEntity.accepted().body(projections.rebuild(name));
    }
}
