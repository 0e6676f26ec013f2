package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;

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

/** The ticket page's forms of the service itself: arrival, unit receipt, dispatch, service and departure reports (T6, T7, T9). */
@WebPage
@RequestMapping("/tickets/{id}")
class TicketVisitPage {
    private final CommandGateway commands;
    private final TicketActions actions;
    private final FormErrors forms;
    private final TicketPageView page;

    TicketVisitPage(CommandGateway commands, TicketActions actions, FormErrors forms, TicketPageView page) {
        this.commands = commands;
        this.actions = actions;
        this.forms = forms;
        this.page = page;
    }

    @PostMapping("/arrival")
    @AllowedRoles({ENGINEER})
    String arrival(
            @PathVariable String id,
            @Valid @ModelAttribute("arrival") ArrivalRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> actions.arrival(ticket, form))) {
            return page.render(ticket, model, "arrival");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.arrival");
    }

    @PostMapping("/unit-receipt")
    @AllowedRoles({CLERK, ENGINEER})
    String unitReceipt(
            @PathVariable String id,
            @Valid @ModelAttribute("unitReceipt") UnitReceiptRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> actions.unitReceipt(ticket, form))) {
            return page.render(ticket, model, "unit-receipt");
        }
        return page.accepted(ticket, form.expectedVersion(), redirect, "tickets.done.unitReceipt");
    }

    @PostMapping("/dispatches")
    @AllowedRoles({CLERK, ENGINEER})
    String dispatch(
            @PathVariable String id,
            @Valid @ModelAttribute("dispatch") DispatchRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> actions.dispatch(ticket, form))) {
            return page.render(ticket, model, "dispatches");
        }
        return page.accepted(
                ticket,
                form.expectedVersion(),
                redirect,
                "tickets.done.dispatch",
                page.name(form.engineerId()),
                form.destinationCity());
    }

    @PostMapping("/service-report")
    @AllowedRoles({ENGINEER})
    String report(
            @PathVariable String id,
            @Valid @ModelAttribute("serviceReport") ServiceReportRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "service-report");
        }
        return page.accepted(
                ticket, form.expectedVersion(), redirect, "tickets.done.serviceReport", form.satisfaction());
    }

    @PostMapping("/departure-report")
    @AllowedRoles({ENGINEER})
    String departureReport(
            @PathVariable String id,
            @Valid @ModelAttribute("departureReport") DepartureReportRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> actions.departureReport(ticket, form))) {
            return page.render(ticket, model, "departure-report");
        }
        return page.accepted(
                ticket,
                form.expectedVersion(),
                redirect,
                "tickets.done.departureReport",
                page.name(form.supervisorId()));
    }
}
