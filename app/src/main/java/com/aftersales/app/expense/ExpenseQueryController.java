package com.aftersales.app.expense;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.expense.ClaimStatus;
import com.aftersales.api.expense.EngineerClaimStatisticsView;
import com.aftersales.api.expense.ExpenseClaimSummaryView;
import com.aftersales.api.expense.ExpenseClaimVersionView;
import com.aftersales.api.expense.ExpenseClaimView;
import com.aftersales.api.expense.ExpenseFlagEvidenceView;
import com.aftersales.api.expense.FindExpenseClaimsQuery;
import com.aftersales.api.expense.OutstandingAdvanceView;
import com.aftersales.api.expense.RulePrecisionView;
import com.aftersales.api.expense.TravelAdvanceStatus;
import com.aftersales.api.expense.TravelAdvanceView;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * X2, X5, X6, X9: reading expense claims and advances. FINANCE, SUPERVISOR and MANAGER read every
 * claim; an ENGINEER reads only their own. The queues, the statistics and the rules' precision are
 * for those who decide on claims.
 */
@RestController
@Tag(name = "Expense claims (read)", description = "差旅费报销, RULES X2, X5, X6, X9, S1, S3")
class ExpenseQueryController {
    private final ExpenseReads reads;

    ExpenseQueryController(ExpenseReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/expense-claims")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER, ENGINEER})
    @Operation(summary = "Claims newest first, by status and engineerId; an engineer reads only their own (X2)")
    List<ExpenseClaimSummaryView> claims(
            @RequestParam(required = false) ClaimStatus status,
            @RequestParam(required = false) String engineerId,
            @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > FindExpenseClaimsQuery.MAX_LIMIT) {
            throw new InvalidFieldException("limit", "limit must be 1.." + FindExpenseClaimsQuery.MAX_LIMIT);
        }
        return reads.list(status, engineerId, limit);
    }

    @GetMapping("/api/expense-claims/approval-queue")
    @AllowedRoles({SUPERVISOR, MANAGER})
    @Operation(summary = "Submitted claims waiting for a supervisor, oldest first, none the reader's own (X2, S1)")
    List<ExpenseClaimSummaryView> approvalQueue() {
        return reads.approvalQueue();
    }

    @GetMapping("/api/expense-claims/audit-queue")
    @AllowedRoles({FINANCE, MANAGER})
    @Operation(summary = "Approved claims waiting for finance, riskiest first, none the reader's own (X2, X5, S1)")
    List<ExpenseClaimSummaryView> auditQueue() {
        return reads.auditQueue();
    }

    @GetMapping("/api/expense-claims/{claimId}")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER, ENGINEER})
    @Operation(summary = "One claim with every version and every flag (X2, X5, X6)")
    ExpenseClaimView claim(@PathVariable String claimId) {
        return reads.find(claimId);
    }

    @GetMapping("/api/expense-claims/{claimId}/versions")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER, ENGINEER})
    @Operation(summary = "Every version of a claim as submitted, oldest first, to compare side by side (X2)")
    List<ExpenseClaimVersionView> versions(@PathVariable String claimId) {
        return reads.find(claimId).versions();
    }

    @GetMapping("/api/expense-claims/{claimId}/history")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER, ENGINEER})
    @Operation(summary = "Every recorded event of a claim with who, role and when (S3)")
    List<HistoryEntryView> history(@PathVariable String claimId) {
        return reads.history(claimId);
    }

    @GetMapping("/api/expense-flags/{claimId}/{flagId}")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER, ENGINEER})
    @Operation(summary = "One flag, its explanation and the facts behind its evidence (X5, X6)")
    ExpenseFlagEvidenceView flag(@PathVariable String claimId, @PathVariable String flagId) {
        return reads.flag(claimId, flagId);
    }

    @GetMapping("/api/expense-statistics/engineers")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER})
    @Operation(summary = "Per engineer: claimed, paid, rejected, flagged and confirmed, counts and amounts (X5, X6)")
    List<EngineerClaimStatisticsView> statistics() {
        return reads.statistics();
    }

    @GetMapping("/api/expense-rules/precision")
    @AllowedRoles({FINANCE, MANAGER})
    @Operation(summary = "Per fraud rule and month of the decision: confirmed / decided (X5, X6)")
    List<RulePrecisionView> precision() {
        return reads.precision();
    }

    @GetMapping("/api/travel-advances")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER, ENGINEER})
    @Operation(
            summary = "Travel advances newest first, by engineerId and status; an engineer reads only their own (X9)")
    List<TravelAdvanceView> advances(
            @RequestParam(required = false) String engineerId,
            @RequestParam(required = false) TravelAdvanceStatus status) {
        return reads.advances(engineerId, status);
    }

    @GetMapping("/api/travel-advances/outstanding")
    @AllowedRoles({FINANCE, MANAGER})
    @Operation(summary = "Per engineer: advances paid and not settled, and returns due and not made (X9)")
    List<OutstandingAdvanceView> outstanding() {
        return reads.outstanding();
    }
}
