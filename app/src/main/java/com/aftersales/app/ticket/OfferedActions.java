package com.aftersales.app.ticket;

import com.aftersales.api.common.Role;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.TicketSummaryView;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which actions the ticket page offers: those the acting role may take (as the API's roles and the
 * aggregate's engineer checks say) and that the ticket's state makes sensible now. It only spares
 * people forms that would be refused; the aggregate still decides, so a form posted anyway gets
 * the rule's refusal. Names are the API's action paths.
 */
final class OfferedActions {
    private OfferedActions() {}

    /**
     * @param loanerDue the ticket's loaner became due (T10), read off its history
     */
    static Set<String> of(TicketDetailView ticket, Role acting, String userId, boolean loanerDue) {
        Set<String> offered = new LinkedHashSet<>();
        if (acting == null) {
            return offered;
        }
        TicketSummaryView s = ticket.summary();
        boolean open = s.status() != TicketStatus.CLOSED;
        boolean clerk = acting == Role.CLERK;
        boolean desk = clerk || acting == Role.SUPERVISOR;
        boolean technical = s.department() == Department.TECHNICAL_SERVICE;
        boolean logistics = s.department() == Department.LOGISTICS;
        boolean assigned = technical && s.engineerId() != null && s.mode() != null;
        // T6, T7, T9, T14: an engineer acts only on a ticket assigned to them.
        boolean own = acting == Role.ENGINEER && assigned && s.engineerId().equals(userId);
        ServiceMode mode = assigned ? s.mode() : null;
        boolean travels = mode != null && mode.travels();
        boolean served = assigned || logistics && s.logisticsHandlerId() != null;
        boolean reported = technical ? ticket.reportFaultCause() != null : ticket.logisticsOutcome() != null;

        add(offered, "route", open && desk);
        add(offered, "assignment", open && desk && technical);
        add(offered, "logistics/handler", open && desk && logistics);
        add(offered, "plan", open && served && (desk || own));
        add(offered, "mode", open && assigned && !mode.allowedTransfers().isEmpty() && (desk || own));
        add(offered, "arrival", open && own && travels);
        add(
                offered,
                "unit-receipt",
                open && mode == ServiceMode.REPAIR && ticket.unitReceivedAt() == null && (clerk || own));
        add(offered, "dispatches", open && travels && (clerk || own));
        add(
                offered,
                "service-report",
                open
                        && own
                        && (travels
                                ? ticket.arrivedAt() != null
                                : mode != ServiceMode.REPAIR || ticket.unitReceivedAt() != null));
        add(
                offered,
                "departure-report",
                open && own && travels && ticket.arrivedAt() != null && ticket.departedAt() == null);
        // T5: only the handler named now records the resolution.
        add(
                offered,
                "logistics/resolution",
                open
                        && desk
                        && logistics
                        && userId != null
                        && userId.equals(s.logisticsHandlerId())
                        && ticket.logisticsOutcome() == null);
        add(offered, "confirmation", open && reported && !ticket.customerConfirmed() && (desk || own));
        add(offered, "closing", desk && s.closable());
        add(offered, "difficult-case", open && desk && !s.difficultCase());
        add(offered, "difficult-case/escalations", open && desk && s.difficultCase());
        add(offered, "loaner", open && desk && loanerDue && ticket.loanerSerialNumber() == null);
        add(offered, "loaner/return", desk && ticket.loanerSerialNumber() != null && !ticket.loanerReturned());
        add(offered, "classification", open && ticket.productKind() == ProductKind.SOFTWARE && (desk || own));
        add(offered, "hold", open && !s.onHold() && s.nextDueAt() != null && (desk || own));
        add(offered, "hold/resumption", open && s.onHold() && (desk || own));
        add(offered, "callbacks", clerk && !open);
        // M1: an INSTALLATION ticket's guidance fee, open or closed (finance often settles later).
        add(offered, "guidance-fees", s.request() == CustomerRequest.INSTALLATION && (clerk || acting == Role.FINANCE));
        return offered;
    }

    private static void add(Set<String> offered, String action, boolean when) {
        if (when) {
            offered.add(action);
        }
    }
}
