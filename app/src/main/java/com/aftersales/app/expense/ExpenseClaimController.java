package com.aftersales.app.expense;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.expense.DecideExpenseFlagCommand;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.app.expense.ExpenseRequests.DecisionRequest;
import com.aftersales.app.expense.ExpenseRequests.PayRequest;
import com.aftersales.app.expense.ExpenseRequests.RejectRequest;
import com.aftersales.app.expense.ExpenseRequests.ResubmitRequest;
import com.aftersales.app.expense.ExpenseRequests.StepRequest;
import com.aftersales.app.expense.ExpenseRequests.SubmitRequest;
import com.aftersales.app.expense.receipt.ReceiptStore;
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
 * X1–X2, X6, X9, S1: the expense claim's commands. The acting ENGINEER submits a claim of their trip
 * (screened by the fraud rules as it is recorded) and corrects a rejected one; a SUPERVISOR
 * approves it, FINANCE decides its flags, audits and pays it (settling the advance it names); any
 * step may reject it. Nobody acts on their own claim (S1, judged by the claim on the user id).
 */
@RestController
@RequestMapping("/api/expense-claims")
@Tag(name = "Expense claims", description = "差旅费报销, RULES X1, X2, X5, X6, X9, S1")
class ExpenseClaimController {
    private final CommandGateway commands;
    private final ReceiptStore receipts;

    ExpenseClaimController(CommandGateway commands, ReceiptStore receipts) {
        this.commands = commands;
        this.receipts = receipts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({ENGINEER})
    @Operation(
            summary = "Claim the costs of a trip, line by line, each citing an uploaded receipt by its sha-256;"
                    + " version 1, screened by the fraud rules (X1, X2, X5, X9)")
    Map<String, Object> submit(@Valid @RequestBody SubmitRequest body) {
        ExpenseClaimId claim = ExpenseClaimId.random();
        commands.sendAndWait(body.command(claim, receipts::describe));
        return answer(claim, 1, "submitted");
    }

    @PostMapping("/{claimId}/resubmit")
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({ENGINEER})
    @Operation(summary = "Correct the rejected version as the next version, by the claimant (X2)")
    Map<String, Object> resubmit(@PathVariable String claimId, @Valid @RequestBody ResubmitRequest body) {
        ExpenseClaimId claim = ExpenseRequests.claimId(claimId);
        commands.sendAndWait(body.command(claim, receipts::describe));
        return answer(claim, body.rejectedVersion() + 1, "resubmitted");
    }

    @PostMapping("/{claimId}/approve")
    @AllowedRoles({SUPERVISOR})
    @Operation(summary = "Approve the submitted version; never one's own claim (X2, S1)")
    Map<String, Object> approve(@PathVariable String claimId, @Valid @RequestBody StepRequest body) {
        ExpenseClaimId claim = ExpenseRequests.claimId(claimId);
        commands.sendAndWait(body.approve(claim));
        return answer(claim, body.version(), "approved");
    }

    @PostMapping("/{claimId}/reject")
    @AllowedRoles({SUPERVISOR, FINANCE})
    @Operation(
            summary = "Reject the version with a reason: a SUPERVISOR before approval, FINANCE at the audit or"
                    + " before payment (X2, S1)")
    Map<String, Object> reject(@PathVariable String claimId, @Valid @RequestBody RejectRequest body) {
        ExpenseClaimId claim = ExpenseRequests.claimId(claimId);
        commands.sendAndWait(body.command(claim));
        return answer(claim, body.version(), "rejected");
    }

    @PostMapping("/{claimId}/audit")
    @AllowedRoles({FINANCE})
    @Operation(
            summary = "Pass the audit of the approved version once its flags are decided; reimbursable is the"
                    + " total less what confirmed falsifications took out (X2, X6, S1)")
    Map<String, Object> audit(@PathVariable String claimId, @Valid @RequestBody StepRequest body) {
        ExpenseClaimId claim = ExpenseRequests.claimId(claimId);
        commands.sendAndWait(body.audit(claim));
        return answer(claim, body.version(), "audited");
    }

    @PostMapping("/{claimId}/pay")
    @AllowedRoles({FINANCE})
    @Operation(summary = "Pay the audited version; the advance it names is settled against it (X2, X9, S1)")
    Map<String, Object> pay(@PathVariable String claimId, @Valid @RequestBody PayRequest body) {
        ExpenseClaimId claim = ExpenseRequests.claimId(claimId);
        commands.sendAndWait(body.command(claim));
        return answer(claim, body.version(), "paid");
    }

    @PostMapping("/{claimId}/flags/{flagId}/decision")
    @AllowedRoles({FINANCE})
    @Operation(
            summary = "Confirm (scope LINE or CLAIM not reimbursed; a penalty is proposed, proposedKind by default"
                    + " NON_REIMBURSEMENT) or dismiss a flag, with a reason, before the audit (X6, P1, S1)")
    Map<String, Object> decide(
            @PathVariable String claimId, @PathVariable String flagId, @Valid @RequestBody DecisionRequest body) {
        ExpenseClaimId claim = ExpenseRequests.claimId(claimId);
        DecideExpenseFlagCommand command = body.command(claim, flagId);
        commands.sendAndWait(command);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("claimId", claim.value());
        answer.put("flagId", flagId);
        answer.put("decision", body.decision().name());
        if (body.decision() == FlagDecision.CONFIRMED) {
            answer.put("penaltyId", command.penaltyId().value());
        }
        return answer;
    }

    private static Map<String, Object> answer(ExpenseClaimId claim, int version, String status) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("claimId", claim.value());
        answer.put("version", version);
        answer.put("status", status);
        return answer;
    }
}
