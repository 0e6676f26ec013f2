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

/** T8: the difficult-case file (疑难案件) of a ticket and its escalations. */
@RestController
@RequestMapping("/api/tickets/{id}/difficult-case")
@Tag(name = "Service tickets: difficult case", description = "疑难案件, RULES T8")
class DifficultCaseController {
    private final CommandGateway commands;
    private final TicketActions actions;

    DifficultCaseController(CommandGateway commands, TicketActions actions) {
        this.commands = commands;
        this.actions = actions;
    }

    @PostMapping
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Open a difficult-case file (T8)")
    TicketUpdated open(@PathVariable String id, @Valid @RequestBody OpenDifficultCaseRequest body) {
        actions.openDifficultCase(TicketIds.parse(id), body);
        return new TicketUpdated(id, "difficult-case");
    }

    @PostMapping("/escalations")
    @AllowedRoles({SUPERVISOR, CLERK})
    @Operation(summary = "Escalate a difficult case one level up, to the responsible person's superior (T8)")
    TicketUpdated escalate(@PathVariable String id, @Valid @RequestBody EscalateRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "escalations");
    }
}
