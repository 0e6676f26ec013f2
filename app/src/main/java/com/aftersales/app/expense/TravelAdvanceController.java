package com.aftersales.app.expense;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.app.expense.ExpenseRequests.AdvanceApprovalRequest;
import com.aftersales.app.expense.ExpenseRequests.AdvancePaymentRequest;
import com.aftersales.app.expense.ExpenseRequests.AdvanceRejectionRequest;
import com.aftersales.app.expense.ExpenseRequests.AdvanceRequest;
import com.aftersales.app.expense.ExpenseRequests.AdvanceReturnRequest;
import com.aftersales.app.security.AllowedRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * X9, S1: travel advances (售后服务请款). The acting ENGINEER requests one before a trip; a
 * SUPERVISOR approves it before the trip ends, FINANCE pays it; the trip's claim settles it when
 * paid, and FINANCE records the return of what the claim did not use. Nobody acts on their own.
 */
@RestController
@RequestMapping("/api/travel-advances")
@Tag(name = "Travel advances", description = "售后服务请款, RULES X9, S1")
class TravelAdvanceController {
    private final CommandGateway commands;

    TravelAdvanceController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({ENGINEER})
    @Operation(summary = "Request an advance for a trip starting today or later, Asia/Shanghai (X9)")
    Map<String, Object> request(@Valid @RequestBody AdvanceRequest body) {
        TravelAdvanceId advance = TravelAdvanceId.random();
        commands.sendAndWait(body.command(advance));
        return answer(advance, "requested");
    }

    @PostMapping("/{advanceId}/approve")
    @AllowedRoles({SUPERVISOR})
    @Operation(summary = "Approve a requested advance before its trip ends; never one's own (X9, S1)")
    Map<String, Object> approve(@PathVariable String advanceId, @Valid @RequestBody AdvanceApprovalRequest body) {
        TravelAdvanceId advance = ExpenseRequests.advanceId(advanceId);
        commands.sendAndWait(body.command(advance));
        return answer(advance, "approved");
    }

    @PostMapping("/{advanceId}/reject")
    @AllowedRoles({SUPERVISOR, FINANCE})
    @Operation(summary = "Reject with a reason: a SUPERVISOR a request, FINANCE an approved advance (X9, S1)")
    Map<String, Object> reject(@PathVariable String advanceId, @Valid @RequestBody AdvanceRejectionRequest body) {
        TravelAdvanceId advance = ExpenseRequests.advanceId(advanceId);
        commands.sendAndWait(body.command(advance));
        return answer(advance, "rejected");
    }

    @PostMapping("/{advanceId}/pay")
    @AllowedRoles({FINANCE})
    @Operation(summary = "Pay an approved advance (X9, S1)")
    Map<String, Object> pay(@PathVariable String advanceId, @Valid @RequestBody AdvancePaymentRequest body) {
        TravelAdvanceId advance = ExpenseRequests.advanceId(advanceId);
        commands.sendAndWait(body.command(advance));
        return answer(advance, "paid");
    }

    @PostMapping("/{advanceId}/return")
    @AllowedRoles({FINANCE})
    @Operation(summary = "Record the return of exactly what the settlement left due (X9, S1)")
    Map<String, Object> recordReturn(@PathVariable String advanceId, @Valid @RequestBody AdvanceReturnRequest body) {
        TravelAdvanceId advance = ExpenseRequests.advanceId(advanceId);
        commands.sendAndWait(body.command(advance));
        return answer(advance, "returned");
    }

    private static Map<String, Object> answer(TravelAdvanceId advance, String status) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("advanceId", advance.value());
        answer.put("status", status);
        return answer;
    }
}
