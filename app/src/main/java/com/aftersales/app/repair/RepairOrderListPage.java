package com.aftersales.app.repair;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.repair.FindRepairOrdersQuery;
import com.aftersales.api.repair.RepairOrderState;
import com.aftersales.api.repair.RepairOrderView;
import com.aftersales.api.repair.RepairQueue;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.WebPage;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The repair orders' list (R1–R14): by state and by queue — QUALITY's (awaiting QC or a sampling
 * inspection, R8, R14), the SUPERVISORs' report approvals (R8), an engineer's own orders. Opened
 * without a filter, each role sees its queue first. One query for the rows, one for the names.
 */
@WebPage
class RepairOrderListPage {
    static final int PAGE_SIZE = 50;

    /** The queues the list offers: the read model's two and an engineer's own orders. */
    enum ListQueue {
        QC,
        REPORT_APPROVAL,
        MINE
    }

    private final QueryGateway queries;
    private final RepairPeople people;

    RepairOrderListPage(QueryGateway queries, RepairPeople people) {
        this.queries = queries;
        this.people = people;
    }

    @GetMapping("/repairs")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER})
    String list(
            @RequestParam(required = false) RepairOrderState state,
            @RequestParam(required = false) String queue,
            @RequestParam(defaultValue = "0") int page,
            @ModelAttribute("me") CurrentPerson me,
            Model model) {
        ListQueue chosen = queue == null ? defaultQueue(state, me) : parse(queue);
        int from = Math.max(0, page);
        List<RepairOrderView> orders = queries.query(
                        new FindRepairOrdersQuery(
                                state,
                                chosen == ListQueue.MINE ? me.userId() : null,
                                null,
                                chosen == ListQueue.QC
                                        ? RepairQueue.QC
                                        : chosen == ListQueue.REPORT_APPROVAL ? RepairQueue.REPORT_APPROVAL : null,
                                from,
                                PAGE_SIZE),
                        ResponseTypes.multipleInstancesOf(RepairOrderView.class))
                .join();
        model.addAttribute("orders", orders);
        model.addAttribute(
                "names",
                people.names(orders.stream().map(RepairOrderView::engineerId).toList()));
        model.addAttribute("state", state);
        model.addAttribute("queue", chosen);
        model.addAttribute("states", RepairOrderState.values());
        model.addAttribute(
                "queues",
                me.actsAs(ENGINEER.name())
                        ? ListQueue.values()
                        : new ListQueue[] {ListQueue.QC, ListQueue.REPORT_APPROVAL});
        model.addAttribute("page", from);
        model.addAttribute("hasNext", orders.size() == PAGE_SIZE);
        model.addAttribute("canOpen", me.actsAsAnyOf(CLERK.name(), ENGINEER.name(), SUPERVISOR.name()));
        return "repairs/list";
    }

    /** Without any filter: an engineer's own orders, QUALITY's QC queue, a supervisor's approvals. */
    private static ListQueue defaultQueue(RepairOrderState state, CurrentPerson me) {
        if (state != null || me == null) {
            return null;
        }
        if (me.actsAs(ENGINEER.name())) {
            return ListQueue.MINE;
        }
        if (me.actsAs(QUALITY.name())) {
            return ListQueue.QC;
        }
        if (me.actsAs(SUPERVISOR.name())) {
            return ListQueue.REPORT_APPROVAL;
        }
        return null;
    }

    /** Blank is "all"; an unknown queue too (a link from elsewhere is not bad input). */
    private static ListQueue parse(String queue) {
        for (ListQueue known : ListQueue.values()) {
            if (known.name().equals(queue)) {
                return known;
            }
        }
        return null;
    }
}
