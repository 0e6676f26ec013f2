package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.app.security.AllowedRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * T14: a ticket waiting for the customer or for parts is put on hold (挂起) and later resumed. Both
 * take the server's time: a hold cannot be entered after the fact to undo a breach.
 */
@RestController
@RequestMapping("/api/tickets/{id}/hold")
@Tag(name = "Service tickets: hold", description = "挂起与恢复, RULES T14")
class HoldController {
    private final TicketActions actions;

    HoldController(TicketActions actions) {
        this.actions = actions;
    }

    @PostMapping
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    @Operation(summary = "Put the SLA clocks on hold with a reason (T14); they keep the time they had left")
    TicketUpdated hold(@PathVariable String id, @Valid @RequestBody HoldRequest body) {
        actions.hold(TicketIds.parse(id), body);
        return new TicketUpdated(id, "hold");
    }

    @PostMapping("/resumption")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    @Operation(summary = "Resume the held clocks with the time they had left (T14)")
    TicketUpdated resume(@PathVariable String id, @Valid @RequestBody ResumeRequest body) {
        actions.resume(TicketIds.parse(id), body);
        return new TicketUpdated(id, "hold/resumption");
    }
}
