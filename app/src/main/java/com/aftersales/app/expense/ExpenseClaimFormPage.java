package com.aftersales.app.expense;

import static com.aftersales.api.common.Role.ENGINEER;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.expense.ClaimStatus;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimVersionView;
import com.aftersales.api.expense.ExpenseClaimView;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.ResubmitExpenseClaimCommand;
import com.aftersales.api.expense.SubmitExpenseClaimCommand;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.TravelAdvanceStatus;
import com.aftersales.api.expense.Trip;
import com.aftersales.app.expense.receipt.ReceiptStore;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * X1, X2: the claim form (差旅费报销单) of the acting ENGINEER: the trip and its lines, each with
 * its receipt uploaded in the same multipart post. The form is checked first; only a claim with
 * no bad field has its receipts stored ({@link ReceiptStore#store}) and its command sent, so bad
 * input stores nothing (400); a refusal of the claim (422) shows the rule. A rejected claim is
 * corrected on the same form, prefilled with the rejected version, keeping its receipts unless a
 * new file is uploaded.
 */
@WebPage
class ExpenseClaimFormPage {
    /** Stands for a receipt while the form is only checked: nothing is stored before every field is good. */
    private static final ReceiptFile CHECKED = new ReceiptFile("0".repeat(64), "image/png", "checked", 1);

    private final ExpenseReads reads;
    private final ExpenseCommands commands;
    private final ReceiptStore receipts;
    private final RuleMessages messages;

    ExpenseClaimFormPage(ExpenseReads reads, ExpenseCommands commands, ReceiptStore receipts, RuleMessages messages) {
        this.reads = reads;
        this.commands = commands;
        this.receipts = receipts;
        this.messages = messages;
    }

    @GetMapping("/my/claims/new")
    @AllowedRoles({ENGINEER})
    String form(Model model) {
        model.addAttribute("claim", ClaimForm.empty());
        return page(model, null, List.of());
    }

    @PostMapping("/my/claims")
    @AllowedRoles({ENGINEER})
    String submit(
            @ModelAttribute("claim") ClaimForm form,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        List<String> errors = new ArrayList<>();
        Trip trip = form.trip(errors, messages);
        form.lines(errors, messages, this::check);
        TravelAdvanceId advance = advance(form.getAdvanceId(), errors);
        if (!errors.isEmpty()) {
            return refused(form, model, null, errors, HttpStatus.BAD_REQUEST, response);
        }
        List<ExpenseLine> lines = form.lines(errors, messages, (row, line, problems) -> store(line, me, problems));
        if (!errors.isEmpty()) {
            return refused(form, model, null, errors, HttpStatus.UNPROCESSABLE_ENTITY, response);
        }
        ExpenseClaimId claim = ExpenseClaimId.random();
        Optional<String> refusal = commands.send(new SubmitExpenseClaimCommand(claim, trip, lines, advance));
        if (refusal.isPresent()) {
            return refused(form, model, null, List.of(refusal.get()), HttpStatus.UNPROCESSABLE_ENTITY, response);
        }
        ReadYourWrites.await(() -> reads.findOrNull(claim), shown -> shown != null);
        flash.addFlashAttribute("flash", messages.text("expenses.flash.submitted"));
        return "redirect:/expenses/claims/" + claim.value();
    }

    @GetMapping("/my/claims/{claimId}/resubmit")
    @AllowedRoles({ENGINEER})
    String resubmitForm(@PathVariable String claimId, Model model) {
        ExpenseClaimView claim = rejected(claimId);
        model.addAttribute("claim", ClaimForm.of(current(claim)));
        return page(model, claim, List.of());
    }

    @PostMapping("/my/claims/{claimId}/resubmit")
    @AllowedRoles({ENGINEER})
    String resubmit(
            @PathVariable String claimId,
            @ModelAttribute("claim") ClaimForm form,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ExpenseClaimView claim = rejected(claimId);
        int rejectedVersion = claim.summary().version();
        List<String> errors = new ArrayList<>();
        Trip trip = form.trip(errors, messages);
        form.lines(errors, messages, this::check);
        if (!errors.isEmpty()) {
            return refused(form, model, claim, errors, HttpStatus.BAD_REQUEST, response);
        }
        List<ExpenseLine> lines = form.lines(errors, messages, (row, line, problems) -> store(line, me, problems));
        if (!errors.isEmpty()) {
            return refused(form, model, claim, errors, HttpStatus.UNPROCESSABLE_ENTITY, response);
        }
        ExpenseClaimId id = new ExpenseClaimId(claim.summary().claimId());
        Optional<String> refusal = commands.send(new ResubmitExpenseClaimCommand(
                id, rejectedVersion, trip, lines, ExpensePages.blankToNull(form.getCorrectionNote())));
        if (refusal.isPresent()) {
            return refused(form, model, claim, List.of(refusal.get()), HttpStatus.UNPROCESSABLE_ENTITY, response);
        }
        ReadYourWrites.await(
                () -> reads.findOrNull(id),
                shown -> shown != null && shown.summary().version() > rejectedVersion);
        flash.addFlashAttribute("flash", messages.text("expenses.flash.resubmitted"));
        return "redirect:/expenses/claims/" + id.value();
    }

    /** Only the claimant's own rejected claim is corrected (X2); any other is not found here. */
    private ExpenseClaimView rejected(String claimId) {
        ExpenseClaimView claim = reads.find(claimId);
        if (claim.summary().status() != ClaimStatus.REJECTED
                || !ExpenseReads.actor().userId().equals(claim.summary().engineerId())) {
            throw new com.aftersales.app.web.UnknownResourceException("no rejected claim of yours " + claimId);
        }
        return claim;
    }

    private static ExpenseClaimVersionView current(ExpenseClaimView claim) {
        return claim.versions().get(claim.versions().size() - 1);
    }

    /** A receipt is there (a new file of an allowed type, or the one the rejected version had). */
    private ReceiptFile check(int row, ClaimForm.LineForm line, List<String> errors) {
        MultipartFile file = line.getReceipt();
        if (file == null || file.isEmpty()) {
            if (ClaimForm.blank(line.getKeptReceipt())
                    || receipts.describe(line.getKeptReceipt()).isEmpty()) {
                errors.add(messages.text("expenses.error.receipt", row + 1));
            }
            return CHECKED;
        }
        if (!ReceiptFile.MEDIA_TYPES.contains(ReceiptStore.mediaType(file.getContentType()))) {
            errors.add(messages.text("rule.RECEIPT_TYPE_NOT_ALLOWED"));
        } else if (file.getSize() > ReceiptStore.MAX_BYTES) {
            errors.add(messages.text("rule.RECEIPT_TOO_LARGE"));
        }
        return CHECKED;
    }

    private ReceiptFile store(ClaimForm.LineForm line, CurrentPerson me, List<String> errors) {
        MultipartFile file = line.getReceipt();
        if (file == null || file.isEmpty()) {
            return receipts.describe(line.getKeptReceipt()).orElseThrow();
        }
        try {
            return receipts.store(
                    ReceiptStore.mediaType(file.getContentType()),
                    file.getOriginalFilename(),
                    file.getBytes(),
                    me.userId());
        } catch (BusinessRuleViolation violation) {
            errors.add(messages.text(violation));
        } catch (InvalidFieldException invalid) {
            errors.add(messages.text("expenses.error.receiptContent", file.getOriginalFilename()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return CHECKED;
    }

    private TravelAdvanceId advance(String advanceId, List<String> errors) {
        if (ClaimForm.blank(advanceId)) {
            return null;
        }
        try {
            return new TravelAdvanceId(advanceId.strip());
        } catch (IllegalArgumentException notAnId) {
            errors.add(messages.text("expenses.error.advance"));
            return null;
        }
    }

    private String refused(
            ClaimForm form,
            Model model,
            ExpenseClaimView claim,
            List<String> errors,
            HttpStatus status,
            HttpServletResponse response) {
        response.setStatus(status.value());
        form.padLines();
        model.addAttribute("claim", form);
        return page(model, claim, errors);
    }

    private String page(Model model, ExpenseClaimView resubmitting, List<String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("resubmitting", resubmitting);
        model.addAttribute("categories", ExpenseLineCategory.values());
        model.addAttribute(
                "advances", resubmitting == null ? reads.advances(null, TravelAdvanceStatus.PAID) : List.of());
        return "expenses/form";
    }
}
