package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.ENGINEER;

import com.aftersales.api.ticket.EngineerDispatchView;
import com.aftersales.api.ticket.FindDispatchesQuery;
import com.aftersales.api.ticket.FindTicketsQuery;
import com.aftersales.api.ticket.TicketPage;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.UiTime;
import com.aftersales.app.ui.WebPage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An engineer's own work: the tickets assigned to them (T6), with the board's row and SLA light,
 * and their dispatches across tickets (T7). Always the signed-in engineer's, never someone else's.
 */
@WebPage
class MyWorkPage {
    private static final int TICKETS_PER_PAGE = 50;

    private final QueryGateway queries;
    private final BoardPeople people;
    private final UiTime time;

    MyWorkPage(QueryGateway queries, BoardPeople people, UiTime time) {
        this.queries = queries;
        this.people = people;
        this.time = time;
    }

    @GetMapping("/my/tickets")
    @AllowedRoles({ENGINEER})
    String tickets(
            @ModelAttribute("me") CurrentPerson me, @RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        TicketPage mine = mine(me, page);
        model.addAttribute("pager", BoardPager.of(mine));
        model.addAttribute("rows", BoardRow.of(mine.items(), people, time.now()));
        return "board/my-tickets";
    }

    /** The rows alone, for the list's own refresh (htmx). */
    @GetMapping("/my/tickets/rows")
    @AllowedRoles({ENGINEER})
    String ticketRows(
            @ModelAttribute("me") CurrentPerson me, @RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        model.addAttribute("rows", BoardRow.of(mine(me, page).items(), people, time.now()));
        return "board/rows :: rows";
    }

    @GetMapping("/my/dispatches")
    @AllowedRoles({ENGINEER})
    String dispatches(
            @ModelAttribute("me") CurrentPerson me,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Model model) {
        List<EngineerDispatchView> trips = queries.query(
                        new FindDispatchesQuery(me.userId(), page, size),
                        ResponseTypes.multipleInstancesOf(EngineerDispatchView.class))
                .join();
        model.addAttribute("dispatches", trips);
        model.addAttribute("page", page);
        model.addAttribute("size", size);
        // A full page may have a next one; an empty next page then says so rather than a count.
        model.addAttribute("hasMore", trips.size() == size);
        return "board/my-dispatches";
    }

    private TicketPage mine(CurrentPerson me, int page) {
        return queries.query(
                        new FindTicketsQuery(null, null, me.userId(), null, null, page, TICKETS_PER_PAGE),
                        TicketPage.class)
                .join();
    }
}
