package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One ticket's page: what is known, its SLA, its history, and the forms of the acting role (S3, S4). */
@WebPage
class TicketPage {
    private final TicketPageView view;

    TicketPage(TicketPageView view) {
        this.view = view;
    }

    @GetMapping("/tickets/{id}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String show(@PathVariable String id, Model model) {
        return view.render(TicketIds.parse(id), model, null);
    }
}
