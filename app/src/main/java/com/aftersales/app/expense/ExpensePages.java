package com.aftersales.app.expense;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.expense.ApproveExpenseClaimCommand;
import com.aftersales.api.expense.AuditExpenseClaimCommand;
import com.aftersales.api.expense.ClaimStatus;
import com.aftersales.api.expense.DecideExpenseFlagCommand;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimSummaryView;
import com.aftersales.api.expense.ExpenseClaimView;
import com.aftersales.api.expense.ExpenseFlagEvidenceView;
import com.aftersales.api.expense.FlagDecision;
import com.aftersales.api.expense.NonReimbursableScope;
import com.aftersales.api.expense.PayExpenseClaimCommand;
import com.aftersales.api.expense.RejectExpenseClaimCommand;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Expense claims as pages (X2, X5, X6, S1): an engineer's own claims; the supervisor's approval
 * queue; finance's audit queue, riskiest first; one claim with its versions side by side, its
 * flags with their explanations, the decision forms and the full history; a flag's evidence; the
 * rules' precision and the per-engineer statistics. Reads go through {@link ExpenseReads}, so an
 * ENGINEER sees only their own claims here too; each form sends the contract's command through
 * the gateway ({@link ExpenseCommands}) and a refusal comes back as a message with nothing stored.
 */
@WebPage
class ExpensePages {
    private final ExpenseReads reads;
    private final ExpenseCommands commands;
    private final UserAccounts accounts;
    private final RuleMessages messages;

    ExpensePages(ExpenseReads reads, ExpenseCommands commands, UserAccounts accounts, RuleMessages messages) {
        this.reads = reads;
        this.commands = commands;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/my/claims")
    @AllowedRoles({ENGINEER})
    String mine(Model model) {
        model.addAttribute("claims", reads.list(null, null, 200));
        return "expenses/mine";
    }

    @GetMapping("/expenses/approvals")
    @AllowedRoles({SUPERVISOR})
    String approvals(Model model) {
        model.addAttribute("claims", reads.approvalQueue());
        model.addAttribute("names", accounts.displayNames());
        return "expenses/approvals";
    }

    @GetMapping("/expenses/audit")
    @AllowedRoles({FINANCE, MANAGER})
    String audit(Model model) {
        model.addAttribute("claims", reads.auditQueue());
        model.addAttribute("names", accounts.displayNames());
        return "expenses/audit";
    }

    @GetMapping("/expenses/claims/{claimId}")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER, ENGINEER})
    String claim(@PathVariable String claimId, @ModelAttribute("me") CurrentPerson me, Model model) {
        ExpenseClaimView claim = reads.find(claimId);
        ExpenseClaimSummaryView s = claim.summary();
        boolean own = me != null && me.userId().equals(s.engineerId());
        boolean finance = !own && me != null && me.actsAs(FINANCE.name());
        boolean supervisor = !own && me != null && me.actsAs(SUPERVISOR.name());
        model.addAttribute("claim", claim);
        model.addAttribute("s", s);
        model.addAttribute("history", reads.history(claimId));
        model.addAttribute("names", accounts.displayNames());
        model.addAttribute("own", own);
        model.addAttribute("canApprove", supervisor && s.status() == ClaimStatus.SUBMITTED);
        model.addAttribute("canDecide", finance && s.status() == ClaimStatus.APPROVED);
        model.addAttribute("canAudit", finance && s.status() == ClaimStatus.APPROVED && s.openFlags() == 0);
        model.addAttribute("canPay", finance && s.status() == ClaimStatus.AUDITED);
        model.addAttribute(
                "canReject",
                (supervisor && s.status() == ClaimStatus.SUBMITTED)
                        || (finance && (s.status() == ClaimStatus.APPROVED || s.status() == ClaimStatus.AUDITED)));
        model.addAttribute("canResubmit", own && s.status() == ClaimStatus.REJECTED);
        model.addAttribute("kinds", PenaltyKind.values());
        model.addAttribute("scopes", NonReimbursableScope.values());
        return "expenses/claim";
    }

    @GetMapping("/expenses/claims/{claimId}/flags/{flagId}")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER, ENGINEER})
    String flag(@PathVariable String claimId, @PathVariable String flagId, Model model) {
        ExpenseFlagEvidenceView flag = reads.flag(claimId, flagId);
        model.addAttribute("f", flag.flag());
        model.addAttribute("line", flag.line());
        model.addAttribute("evidence", flag.evidence());
        model.addAttribute("names", accounts.displayNames());
        return "expenses/flag";
    }

    @PostMapping("/expenses/claims/{claimId}/approve")
    @AllowedRoles({SUPERVISOR})
    String approve(
            @PathVariable String claimId,
            @RequestParam int version,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        ExpenseClaimId claim = readable(claimId);
        return after(
                claim,
                commands.send(new ApproveExpenseClaimCommand(claim, version, blankToNull(note))),
                c -> c.summary().status() != ClaimStatus.SUBMITTED,
                "expenses.flash.approved",
                "/expenses/approvals",
                flash);
    }

    @PostMapping("/expenses/claims/{claimId}/reject")
    @AllowedRoles({SUPERVISOR, FINANCE})
    String reject(
            @PathVariable String claimId,
            @RequestParam int version,
            @RequestParam String reason,
            RedirectAttributes flash) {
        ExpenseClaimId claim = readable(claimId);
        return after(
                claim,
                commands.send(new RejectExpenseClaimCommand(claim, version, reason)),
                c -> c.summary().status() == ClaimStatus.REJECTED,
                "expenses.flash.rejected",
                null,
                flash);
    }

    @PostMapping("/expenses/claims/{claimId}/flags/{flagId}/decision")
    @AllowedRoles({FINANCE})
    String decide(
            @PathVariable String claimId,
            @PathVariable String flagId,
            @RequestParam FlagDecision decision,
            @RequestParam String reason,
            @RequestParam(required = false) NonReimbursableScope scope,
            @RequestParam(required = false) PenaltyKind proposedKind,
            RedirectAttributes flash) {
        ExpenseClaimId claim = readable(claimId);
        boolean confirmed = decision == FlagDecision.CONFIRMED;
        return after(
                claim,
                commands.send(new DecideExpenseFlagCommand(
                        claim,
                        flagId,
                        decision,
                        reason,
                        confirmed ? scope : null,
                        confirmed ? PenaltyId.random() : null,
                        confirmed ? proposedKind : null)),
                c -> c.flags().stream().anyMatch(f -> f.flagId().equals(flagId) && f.decision() != null),
                confirmed ? "expenses.flash.confirmed" : "expenses.flash.dismissed",
                null,
                flash);
    }

    @PostMapping("/expenses/claims/{claimId}/audit")
    @AllowedRoles({FINANCE})
    String audit(
            @PathVariable String claimId,
            @RequestParam int version,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        ExpenseClaimId claim = readable(claimId);
        return after(
                claim,
                commands.send(new AuditExpenseClaimCommand(claim, version, blankToNull(note))),
                c -> c.summary().status() == ClaimStatus.AUDITED,
                "expenses.flash.audited",
                null,
                flash);
    }

    @PostMapping("/expenses/claims/{claimId}/pay")
    @AllowedRoles({FINANCE})
    String pay(
            @PathVariable String claimId,
            @RequestParam int version,
            @RequestParam(required = false) String paymentReference,
            RedirectAttributes flash) {
        ExpenseClaimId claim = readable(claimId);
        return after(
                claim,
                commands.send(new PayExpenseClaimCommand(claim, version, blankToNull(paymentReference))),
                c -> c.summary().status() == ClaimStatus.PAID,
                "expenses.flash.paid",
                null,
                flash);
    }

    @GetMapping("/expenses/rules")
    @AllowedRoles({FINANCE, MANAGER})
    String rules(Model model) {
        model.addAttribute("rows", reads.precision());
        return "expenses/rules";
    }

    @GetMapping("/expenses/engineers")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER})
    String engineers(Model model) {
        model.addAttribute("rows", reads.statistics());
        model.addAttribute("names", accounts.displayNames());
        return "expenses/engineers";
    }

    /** The claim must be one the person may read before they act on it. */
    private ExpenseClaimId readable(String claimId) {
        return new ExpenseClaimId(reads.find(claimId).summary().claimId());
    }

    private String after(
            ExpenseClaimId claim,
            Optional<String> refusal,
            Predicate<ExpenseClaimView> shown,
            String done,
            String next,
            RedirectAttributes flash) {
        if (refusal.isPresent()) {
            flash.addFlashAttribute("flashError", refusal.get());
        } else {
            ReadYourWrites.await(() -> reads.findOrNull(claim), view -> view != null && shown.test(view));
            flash.addFlashAttribute("flash", messages.text(done));
        }
        return "redirect:" + (next == null || refusal.isPresent() ? "/expenses/claims/" + claim.value() : next);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
