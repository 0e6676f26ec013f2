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

/** The ticket page's forms of the desk: routing, the task sheet, plan, mode, confirmation, closing (T3, T5, T6, T9). */
@WebPage
@RequestMapping("/tickets/{id}")
class TicketServicePage {
    private final CommandGateway commands;
    private final TicketActions actions;
    private final FormErrors forms;
    private final TicketPageView page;

    TicketServicePage(CommandGateway commands, TicketActions actions, FormErrors forms, TicketPageView page) {
        this.commands = commands;
        this.actions = actions;
        this.forms = forms;
        this.page = page;
    }

    @PostMapping("/route")
    @AllowedRoles({CLERK, SUPERVISOR})
    String route(
            @PathVariable String id,
            @Valid @ModelAttribute("route") RouteRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "route");
        }
        return page.accepted(
                ticket, form.expectedVersion(), redirect, "tickets.done.route", page.label(form.department()));
    }

    @PostMapping("/assignment")
    @AllowedRoles({CLERK, SUPERVISOR})
    String assign(
            @PathVariable String id,
            @Valid @ModelAttribute("assignment") AssignRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> actions.assign(ticket, form))) {
            return page.render(ticket, model, "assignment");
        }
        return page.accepted(
                ticket,
                form.expectedVersion(),
                redirect,
                "tickets.done.assignment",
                page.name(form.engineerId()),
                page.label(form.mode()));
    }

    @PostMapping("/plan")
    @AllowedRoles({ENGINEER, SUPERVISOR, CLERK})
    String plan(
            @PathVariable String id,
            @Valid @ModelAttribute("plan") PlanRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "plan");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.plan");
    }

    @PostMapping("/mode")
    @AllowedRoles({CLERK, SUPERVISOR, ENGINEER})
    String changeMode(
            @PathVariable String id,
            @Valid @ModelAttribute("mode") ModeChangeRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "mode");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.mode", page.label(form.newMode()));
    }

    @PostMapping("/confirmation")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    String confirm(
            @PathVariable String id,
            @Valid @ModelAttribute("confirmation") ConfirmRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "confirmation");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.confirmation");
    }

    @PostMapping("/closing")
    @AllowedRoles({CLERK, SUPERVISOR})
    String close(
            @PathVariable String id,
            @Valid @ModelAttribute("closing") CloseRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "closing");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.closing");
    }
}
