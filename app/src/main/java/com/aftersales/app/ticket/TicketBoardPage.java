package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.ticket.SlaState;
import com.aftersales.api.ticket.TicketPage;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.UiTime;
import com.aftersales.app.ui.WebPage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket board (工单看板) as a page: every role that reads the board sees the tickets with their
 * urgency (T3), status, who serves them, and the SLA light of T3/T13/T14 in colour and in words.
 * The rows refresh themselves every 30 s where JavaScript runs; without it the page is complete.
 */
@WebPage
class TicketBoardPage {
    private final QueryGateway queries;
    private final BoardPeople people;
    private final UiTime time;

    TicketBoardPage(QueryGateway queries, BoardPeople people, UiTime time) {
        this.queries = queries;
        this.people = people;
        this.time = time;
    }

    @GetMapping("/tickets")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String board(
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) String engineer,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + BoardFilter.DEFAULT_SIZE) @Min(1) @Max(200) int size,
            Model model) {
        BoardFilter filter = BoardFilter.of(status, urgency, sla, engineer, month, size);
        TicketPage board = queries.query(filter.query(page), TicketPage.class).join();
        BoardPeople.Directory names = people.lookup(board.items().stream()
                .flatMap(t -> Stream.of(t.engineerId(), t.logisticsHandlerId()))
                .toList());
        model.addAttribute("filter", filter);
        model.addAttribute("pager", BoardPager.of(board));
        List<BoardRow> rows = BoardRow.of(board.items(), names, time.now());
        model.addAttribute("rows", rows);
        model.addAttribute("lights", LightCounts.of(rows));
        model.addAttribute("engineers", names.engineers());
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("slaStates", SlaState.values());
        return "board/board";
    }

    /** The rows alone, for the board's own refresh (htmx): the same filters and page. */
    @GetMapping("/tickets/rows")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String rows(
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) String engineer,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + BoardFilter.DEFAULT_SIZE) @Min(1) @Max(200) int size,
            Model model) {
        BoardFilter filter = BoardFilter.of(status, urgency, sla, engineer, month, size);
        TicketPage board = queries.query(filter.query(page), TicketPage.class).join();
        model.addAttribute("rows", BoardRow.of(board.items(), people, time.now()));
        return "board/rows :: rows";
    }
}
