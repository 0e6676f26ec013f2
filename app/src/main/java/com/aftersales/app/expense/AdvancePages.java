package com.aftersales.app.expense;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.expense.ApproveTravelAdvanceCommand;
import com.aftersales.api.expense.PayTravelAdvanceCommand;
import com.aftersales.api.expense.RejectTravelAdvanceCommand;
import com.aftersales.api.expense.RequestTravelAdvanceCommand;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.TravelAdvanceStatus;
import com.aftersales.api.expense.TravelAdvanceView;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Travel advances as pages (X9, 售后服务请款, S1): an engineer's own advances with the request
 * form; for supervisors and finance, what is outstanding per engineer and the advances waiting for
 * approval or payment, with those steps' forms. Each form sends the contract's command through
 * the gateway; a refusal comes back as a message with nothing stored.
 */
@WebPage
class AdvancePages {
    private final ExpenseReads reads;
    private final ExpenseCommands commands;
    private final UserAccounts accounts;
    private final RuleMessages messages;

    AdvancePages(ExpenseReads reads, ExpenseCommands commands, UserAccounts accounts, RuleMessages messages) {
        this.reads = reads;
        this.commands = commands;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/my/advances")
    @AllowedRoles({ENGINEER})
    String mine(Model model) {
        model.addAttribute("advances", reads.advances(null, null));
        model.addAttribute("errors", List.of());
        return "expenses/my-advances";
    }

    @PostMapping("/my/advances")
    @AllowedRoles({ENGINEER})
    String request(
            @RequestParam(required = false) String destinationCity,
            @RequestParam(required = false) String startDate,
            @RequestParam(required = false) String endDate,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String purpose,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        List<String> errors = new ArrayList<>();
        String city = ClaimForm.required(destinationCity, "expenses.field.destinationCity", errors, messages);
        LocalDate start = ClaimForm.date(startDate, "expenses.field.startDate", errors, messages);
        LocalDate end = ClaimForm.date(endDate, "expenses.field.endDate", errors, messages);
        BigDecimal money = ClaimForm.money(amount, "expenses.field.amount", errors, messages);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(messages.text("expenses.error.endBeforeStart"));
        }
        Optional<String> refusal = Optional.empty();
        TravelAdvanceId advance = TravelAdvanceId.random();
        if (errors.isEmpty()) {
            refusal = commands.send(new RequestTravelAdvanceCommand(
                    advance, city, start, end, money, ExpensePages.blankToNull(purpose)));
            refusal.ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            response.setStatus(
                    refusal.isPresent() ? HttpStatus.UNPROCESSABLE_ENTITY.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("advances", reads.advances(null, null));
            model.addAttribute("errors", errors);
            return "expenses/my-advances";
        }
        ReadYourWrites.await(() -> find(advance.value()), Optional::isPresent);
        flash.addFlashAttribute("flash", messages.text("expenses.flash.advanceRequested"));
        return "redirect:/my/advances";
    }

    @GetMapping("/expenses/advances")
    @AllowedRoles({FINANCE, SUPERVISOR, MANAGER})
    String advances(Model model) {
        model.addAttribute("outstanding", reads.outstanding());
        model.addAttribute("requested", reads.advances(null, TravelAdvanceStatus.REQUESTED));
        model.addAttribute("approved", reads.advances(null, TravelAdvanceStatus.APPROVED));
        model.addAttribute("names", accounts.displayNames());
        return "expenses/advances";
    }

    @PostMapping("/expenses/advances/{advanceId}/approve")
    @AllowedRoles({SUPERVISOR})
    String approve(
            @PathVariable String advanceId, @RequestParam(required = false) String note, RedirectAttributes flash) {
        TravelAdvanceId advance = parse(advanceId);
        return after(
                advance,
                commands.send(new ApproveTravelAdvanceCommand(advance, ExpensePages.blankToNull(note))),
                TravelAdvanceStatus.APPROVED,
                flash);
    }

    @PostMapping("/expenses/advances/{advanceId}/pay")
    @AllowedRoles({FINANCE})
    String pay(
            @PathVariable String advanceId,
            @RequestParam(required = false) String paymentReference,
            RedirectAttributes flash) {
        TravelAdvanceId advance = parse(advanceId);
        return after(
                advance,
                commands.send(new PayTravelAdvanceCommand(advance, ExpensePages.blankToNull(paymentReference))),
                TravelAdvanceStatus.PAID,
                flash);
    }

    @PostMapping("/expenses/advances/{advanceId}/reject")
    @AllowedRoles({SUPERVISOR, FINANCE})
    String reject(@PathVariable String advanceId, @RequestParam String reason, RedirectAttributes flash) {
        TravelAdvanceId advance = parse(advanceId);
        return after(
                advance,
                commands.send(new RejectTravelAdvanceCommand(advance, reason)),
                TravelAdvanceStatus.REJECTED,
                flash);
    }

    private String after(
            TravelAdvanceId advance, Optional<String> refusal, TravelAdvanceStatus next, RedirectAttributes flash) {
        if (refusal.isPresent()) {
            flash.addFlashAttribute("flashError", refusal.get());
        } else {
            ReadYourWrites.await(
                    () -> find(advance.value()),
                    shown -> shown.map(a -> a.status() == next).orElse(false));
            flash.addFlashAttribute("flash", messages.text("expenses.flash.advance." + next.name()));
        }
        return "redirect:/expenses/advances";
    }

    private Optional<TravelAdvanceView> find(String advanceId) {
        return reads.advances(null, null).stream()
                .filter(a -> a.advanceId().equals(advanceId))
                .findFirst();
    }

    private static TravelAdvanceId parse(String advanceId) {
        try {
            return new TravelAdvanceId(advanceId);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new UnknownResourceException("no travel advance " + advanceId);
        }
    }
}
