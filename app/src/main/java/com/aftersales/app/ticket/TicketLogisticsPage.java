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

/** The ticket page's forms of a logistics ticket: its handler and the resolution (T3, T5). */
@WebPage
@RequestMapping("/tickets/{id}/logistics")
class TicketLogisticsPage {
    private final CommandGateway commands;
    private final TicketActions actions;
    private final FormErrors forms;
    private final TicketPageView page;

    TicketLogisticsPage(CommandGateway commands, TicketActions actions, FormErrors forms, TicketPageView page) {
        this.commands = commands;
        this.actions = actions;
        this.forms = forms;
        this.page = page;
    }

    @PostMapping("/handler")
    @AllowedRoles({CLERK, SUPERVISOR})
    String assignHandler(
            @PathVariable String id,
            @Valid @ModelAttribute("logisticsHandler") LogisticsHandlerRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> actions.logisticsHandler(ticket, form))) {
            return page.render(ticket, model, "logistics/handler");
        }
        return page.accepted(
                ticket, form.expectedVersion(), redirect, "tickets.done.logisticsHandler", page.name(form.handlerId()));
    }

    @PostMapping("/resolution")
    @AllowedRoles({CLERK, SUPERVISOR})
    String resolve(
            @PathVariable String id,
            @Valid @ModelAttribute("logisticsResolution") LogisticsResolutionRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "logistics/resolution");
        }
        return page.accepted(
                ticket,
                form.expectedVersion(),
                redirect,
                "tickets.done.logisticsResolution",
                page.label(form.outcome()));
    }
}
