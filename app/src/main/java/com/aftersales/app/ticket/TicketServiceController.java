package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
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

/** The service itself: routing, the task sheet, plan, mode, arrival, dispatches, report, closing. */
@RestController
@RequestMapping("/api/tickets/{id}")
@Tag(name = "Service tickets: service", description = "派工与服务, RULES T3, T5–T7, T9")
class TicketServiceController {
    private final CommandGateway commands;
    private final TicketActions actions;

    TicketServiceController(CommandGateway commands, TicketActions actions) {
        this.commands = commands;
        this.actions = actions;
    }

    @PostMapping("/route")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Route or re-route to a department (T5)")
    TicketUpdated route(@PathVariable String id, @Valid @RequestBody RouteRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "route");
    }

    @PostMapping("/assignment")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Fill the task sheet: assign or reassign an engineer and a service mode (T5, T6)")
    TicketUpdated assign(@PathVariable String id, @Valid @RequestBody AssignRequest body) {
        actions.assign(TicketIds.parse(id), body);
        return new TicketUpdated(id, "assignment");
    }

    @PostMapping("/plan")
    @AllowedRoles({ENGINEER, SUPERVISOR, CLERK})
    @Operation(summary = "Record the service plan; stops the plan SLA clock (T3)")
    TicketUpdated plan(@PathVariable String id, @Valid @RequestBody PlanRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "plan");
    }

    @PostMapping("/mode")
    @AllowedRoles({CLERK, SUPERVISOR, ENGINEER})
    @Operation(summary = "Transfer to another service mode (T6)")
    TicketUpdated changeMode(@PathVariable String id, @Valid @RequestBody ModeChangeRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "mode");
    }

    @PostMapping("/arrival")
    @AllowedRoles({ENGINEER})
    @Operation(summary = "The assigned engineer arrived on site (T6; starts the T10 loaner clock)")
    TicketUpdated arrival(@PathVariable String id, @Valid @RequestBody ArrivalRequest body) {
        actions.arrival(TicketIds.parse(id), body);
        return new TicketUpdated(id, "arrival");
    }

    @PostMapping("/unit-receipt")
    @AllowedRoles({CLERK, ENGINEER})
    @Operation(summary = "The unit reached the workshop in REPAIR mode (T6; may start the T10 loaner clock)")
    TicketUpdated unitReceipt(@PathVariable String id, @Valid @RequestBody UnitReceiptRequest body) {
        actions.unitReceipt(TicketIds.parse(id), body);
        return new TicketUpdated(id, "unit-receipt");
    }

    @PostMapping("/dispatches")
    @AllowedRoles({CLERK, ENGINEER})
    @Operation(summary = "Record a dispatch: engineer, dates, destination city and costs (T7)")
    TicketUpdated dispatch(@PathVariable String id, @Valid @RequestBody DispatchRequest body) {
        actions.dispatch(TicketIds.parse(id), body);
        return new TicketUpdated(id, "dispatches");
    }

    @PostMapping("/service-report")
    @AllowedRoles({ENGINEER})
    @Operation(summary = "Submit the service report with the customer's rating 1–5 and signature (T9)")
    TicketUpdated report(@PathVariable String id, @Valid @RequestBody ServiceReportRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "service-report");
    }

    @PostMapping("/departure-report")
    @AllowedRoles({ENGINEER})
    @Operation(summary = "The engineer reports to the supervisor before leaving the site (T9)")
    TicketUpdated departureReport(@PathVariable String id, @Valid @RequestBody DepartureReportRequest body) {
        actions.departureReport(TicketIds.parse(id), body);
        return new TicketUpdated(id, "departure-report");
    }

    @PostMapping("/confirmation")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    @Operation(summary = "Record the customer's confirmation of the service or the logistics resolution (T9)")
    TicketUpdated confirm(@PathVariable String id, @Valid @RequestBody ConfirmRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "confirmation");
    }

    @PostMapping("/closing")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(
            summary = "Close: only with the customer's confirmation of the service report (of the logistics resolution"
                    + " on a logistics ticket), and after on-site service with the departure report (T9)")
    TicketUpdated close(@PathVariable String id, @Valid @RequestBody CloseRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "closing");
    }
}
