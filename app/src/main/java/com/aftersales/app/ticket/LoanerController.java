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

/** T10: the loaner unit of an urgent contract ticket that was not fixed in time. */
@RestController
@RequestMapping("/api/tickets/{id}/loaner")
@Tag(name = "Service tickets: loaner", description = "备用机, RULES T10")
class LoanerController {
    private final CommandGateway commands;

    LoanerController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Provide a loaner unit of the product's class (T10)")
    TicketUpdated provide(@PathVariable String id, @Valid @RequestBody LoanerRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "loaner");
    }

    @PostMapping("/return")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Record the loaner's return (T10)")
    TicketUpdated returned(@PathVariable String id, @Valid @RequestBody LoanerReturnRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "loaner/return");
    }
}
