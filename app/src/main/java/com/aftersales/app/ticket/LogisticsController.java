package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.SUPERVISOR;

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

/** T3/T5: a ticket routed to logistics is answered, resolved and closed without an engineer. */
@RestController
@RequestMapping("/api/tickets/{id}/logistics")
@Tag(name = "Service tickets: logistics", description = "物流问题, RULES T3, T5")
class LogisticsController {
    private final CommandGateway commands;
    private final TicketActions actions;

    LogisticsController(CommandGateway commands, TicketActions actions) {
        this.commands = commands;
        this.actions = actions;
    }

    @PostMapping("/handler")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Name the logistics handler (a clerk or supervisor); the first one answers the T3 clock")
    TicketUpdated assignHandler(@PathVariable String id, @Valid @RequestBody LogisticsHandlerRequest body) {
        actions.logisticsHandler(TicketIds.parse(id), body);
        return new TicketUpdated(id, "logistics/handler");
    }

    @PostMapping("/resolution")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "The handler records how the delivery problem was resolved (T5)")
    TicketUpdated resolve(@PathVariable String id, @Valid @RequestBody LogisticsResolutionRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "logistics/resolution");
    }
}
