package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.FINANCE;

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

/** The ticket page's form of the installation-guidance fee (M1), as {@link GuidanceFeeController} takes it. */
@WebPage
@RequestMapping("/tickets/{id}")
class GuidanceFeePage {
    private final CommandGateway commands;
    private final FormErrors forms;
    private final TicketPageView page;

    GuidanceFeePage(CommandGateway commands, FormErrors forms, TicketPageView page) {
        this.commands = commands;
        this.forms = forms;
        this.page = page;
    }

    @PostMapping("/guidance-fees")
    @AllowedRoles({CLERK, FINANCE})
    String record(
            @PathVariable String id,
            @Valid @ModelAttribute("guidanceFee") GuidanceFeeRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        TicketId ticket = TicketIds.parse(id);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(ticket)))) {
            return page.render(ticket, model, "guidance-fees");
        }
        return page.accepted(
                ticket,
                form.expectedVersion(),
                redirect,
                "tickets.done.guidanceFee",
                form.amount().toPlainString());
    }
}
