package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
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

/** The ticket page's forms about the case: difficult-case file and escalation, hold and resume, software class (T8, T12, T14). */
@WebPage
@RequestMapping("/tickets/{id}")
class TicketCasePage {
    private final CommandGateway commands;
    private final TicketActions actions;
    private final FormErrors forms;
    private final TicketPageView page;

    TicketCasePage(CommandGateway commands, TicketActions actions, FormErrors forms, TicketPageView page) {
        this.commands = commands;
        this.actions = actions;
        this.forms = forms;
        this.page = page;
    }

    @PostMapping("/difficult-case")
    @AllowedRoles({CLERK, SUPERVISOR})
    String openDifficultCase(
            @PathVariable String id,
            @Valid @ModelAttribute("difficultCase") OpenDifficultCaseRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> actions.openDifficultCase(ticket, form))) {
            return page.render(ticket, model, "difficult-case");
        }
        return page.accepted(
                ticket,
                form.expectedVersion(),
                redirect,
                "tickets.done.difficultCase",
                page.name(form.responsiblePerson()));
    }

    @PostMapping("/difficult-case/escalations")
    @AllowedRoles({SUPERVISOR, CLERK})
    String escalate(
            @PathVariable String id,
            @Valid @ModelAttribute("escalation") EscalateRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "difficult-case/escalations");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.escalation");
    }

    @PostMapping("/hold")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    String hold(
            @PathVariable String id,
            @Valid @ModelAttribute("hold") HoldRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> actions.hold(ticket, form))) {
            return page.render(ticket, model, "hold");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.hold", page.label(form.reason()));
    }

    @PostMapping("/hold/resumption")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    String resume(
            @PathVariable String id,
            @Valid @ModelAttribute("resumption") ResumeRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> actions.resume(ticket, form))) {
            return page.render(ticket, model, "hold/resumption");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.resumption");
    }

    @PostMapping("/classification")
    @AllowedRoles({CLERK, SUPERVISOR, ENGINEER})
    String classify(
            @PathVariable String id,
            @Valid @ModelAttribute("classification") ClassifyRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "classification");
        }
        return page.accepted(
                ticket,
                form.expectedVersion(),
                redirect,
                "tickets.done.classification",
                page.label(form.requestClass()),
                form.priority());
    }
}
