package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;

import com.aftersales.app.security.AllowedRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** T11: callbacks (回访) after a ticket closed. */
@RestController
@RequestMapping("/api/tickets/{id}/callbacks")
@Tag(name = "Service tickets: callbacks", description = "回访, RULES T11")
class CallbackController {
    private final CommandGateway commands;

    CallbackController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @AllowedRoles({CLERK})
    @Operation(summary = "Record a callback after closing (T11)")
    TicketUpdated record(@PathVariable String id, @Valid @RequestBody CallbackRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "callbacks");
    }
}
