package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.WebPage;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ticket page's forms for the customer around the repair: the loaner and its return, callbacks (T10, T11). */
@WebPage
@RequestMapping("/tickets/{id}")
class TicketAftercarePage {
    private final CommandGateway commands;
    private final FormErrors forms;
    private final TicketPageView page;

    TicketAftercarePage(CommandGateway commands, FormErrors forms, TicketPageView page) {
        this.commands = commands;
        this.forms = forms;
        this.page = page;
    }

    @PostMapping("/loaner")
    @AllowedRoles({CLERK, SUPERVISOR})
    String provideLoaner(
            @PathVariable String id,
            @Valid @ModelAttribute("loaner") LoanerRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "loaner");
        }
        return page.accepted(
                ticket, form.expectedVersion(), redirect, "tickets.done.loaner", form.loanerSerialNumber());
    }

    @PostMapping("/loaner/return")
    @AllowedRoles({CLERK, SUPERVISOR})
    String returnLoaner(
            @PathVariable String id,
            @Valid @ModelAttribute("loanerReturn") LoanerReturnRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "loaner/return");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.loanerReturn");
    }

    @PostMapping("/callbacks")
    @AllowedRoles({CLERK})
    String callback(
            @PathVariable String id,
            @Valid @ModelAttribute("callback") CallbackRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "callbacks");
        }
        return page.accepted(
                ticket, form.expectedVersion(), redirect, "tickets.done.callback", page.label(form.method()));
    }
}
