package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.FINANCE;

import com.aftersales.api.ticket.RecordInstallationGuidanceFeeCommand;
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

/** M1: the installation-guidance fee (安装指导费) of an INSTALLATION ticket. */
@RestController
@RequestMapping("/api/tickets/{id}")
@Tag(name = "Service tickets: guidance fees", description = "安装指导费, RULES M1, T13")
class GuidanceFeeController {
    private final CommandGateway commands;

    GuidanceFeeController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Answers the fee's id (generated when the request named none) with the accepted action. */
    @PostMapping("/guidance-fees")
    @AllowedRoles({CLERK, FINANCE})
    @Operation(
            summary = "Record the installation-guidance fee of an INSTALLATION ticket (M1); whether its"
                    + " service contract covers it comes from the ticket (T13)")
    GuidanceFeeRecorded record(@PathVariable String id, @Valid @RequestBody GuidanceFeeRequest body) {
        RecordInstallationGuidanceFeeCommand command = body.toCommand(TicketIds.parse(id));
        commands.sendAndWait(command);
        return new GuidanceFeeRecorded(id, command.feeId(), "guidance-fees");
    }

    record GuidanceFeeRecorded(String ticketId, String feeId, String accepted) {}
}
