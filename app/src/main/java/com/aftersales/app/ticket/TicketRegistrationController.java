package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.app.security.AllowedRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intake: registering a request (T1–T4) and classifying a software request (T12). */
@RestController
@RequestMapping("/api/tickets")
@Tag(name = "Service tickets: intake", description = "售后工单登记, RULES T1–T4, T12")
class TicketRegistrationController {
    private final CommandGateway commands;
    private final TicketIntake intake;

    TicketRegistrationController(CommandGateway commands, TicketIntake intake) {
        this.commands = commands;
        this.intake = intake;
    }

    @PostMapping
    @AllowedRoles({CLERK})
    @Operation(summary = "Register a service request (T1–T4): answers its number and SLA due times")
    ResponseEntity<RegisterServiceTicketResult> register(@Valid @RequestBody RegisterRequest body) {
        RegisterServiceTicketResult result = intake.register(body);
        return ResponseEntity.created(URI.create("/api/tickets/" + result.ticketId()))
                .body(result);
    }

    @PostMapping("/{id}/classification")
    @AllowedRoles({CLERK, SUPERVISOR, ENGINEER})
    @Operation(summary = "Classify a software request as BUG, REQUIREMENT or OTHER (T12)")
    TicketUpdated classify(@PathVariable String id, @Valid @RequestBody ClassifyRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "classification");
    }
}
