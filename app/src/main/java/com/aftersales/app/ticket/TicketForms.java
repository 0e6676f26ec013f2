package com.aftersales.app.ticket;

import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DispatchView;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketSummaryView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ticket page's forms: the model attribute each action's form binds to (its request record),
 * and what a fresh form holds — the ticket's version it was decided on, and what is known already.
 */
final class TicketForms {
    /** Action path → model attribute of its form. */
    static final Map<String, String> MODEL_NAMES = Map.ofEntries(
            Map.entry("route", "route"),
            Map.entry("assignment", "assignment"),
            Map.entry("plan", "plan"),
            Map.entry("mode", "mode"),
            Map.entry("arrival", "arrival"),
            Map.entry("unit-receipt", "unitReceipt"),
            Map.entry("dispatches", "dispatch"),
            Map.entry("service-report", "serviceReport"),
            Map.entry("departure-report", "departureReport"),
            Map.entry("confirmation", "confirmation"),
            Map.entry("closing", "closing"),
            Map.entry("logistics/handler", "logisticsHandler"),
            Map.entry("logistics/resolution", "logisticsResolution"),
            Map.entry("difficult-case", "difficultCase"),
            Map.entry("difficult-case/escalations", "escalation"),
            Map.entry("loaner", "loaner"),
            Map.entry("loaner/return", "loanerReturn"),
            Map.entry("callbacks", "callback"),
            Map.entry("classification", "classification"),
            Map.entry("hold", "hold"),
            Map.entry("hold/resumption", "resumption"),
            Map.entry("guidance-fees", "guidanceFee"));

    /**
     * The evaluation fields of a fresh classification form: the page's fields reach into it, and a
     * record cannot be grown into by the binder. Only a requirement sends it back (T12).
     */
    static final ClassifyRequest.Evaluation NO_EVALUATION = new ClassifyRequest.Evaluation(null, null, 0, null, false);

    private TicketForms() {}

    /**
     * A refused form as the page can show it again: a classification without evaluation (a bug, or
     * a requirement without one) gets empty evaluation fields; anything else is shown as posted.
     */
    static Object forDisplay(Object posted) {
        if (posted instanceof ClassifyRequest classify && classify.evaluation() == null) {
            return new ClassifyRequest(
                    classify.requestClass(), classify.priority(), NO_EVALUATION, classify.expectedVersion());
        }
        return posted;
    }

    /** A fresh form of {@code action} on this ticket, for someone acting as {@code userId}. */
    static Object blank(String action, TicketDetailView ticket, String userId, boolean asEngineer, LocalDate today) {
        TicketSummaryView s = ticket.summary();
        Long version = s.version();
        return switch (action) {
            case "route" -> new RouteRequest(otherDepartment(s.department()), null, version);
            // A reassignment keeps the mode (T6), so the form starts from the task sheet as it stands.
            case "assignment" ->
                new AssignRequest(null, s.mode(), ticket.appointmentAt(), ticket.contractDeadline(), null, version);
            case "plan" -> new PlanRequest(null, version);
            case "mode" -> new ModeChangeRequest(null, null, null, version);
            case "arrival" -> new ArrivalRequest(null, version);
            case "unit-receipt" -> new UnitReceiptRequest(null, version);
            case "dispatches" ->
                new DispatchRequest(
                        nextDispatchId(ticket),
                        asEngineer ? userId : s.engineerId(),
                        today,
                        today,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        version);
            case "service-report" -> new ServiceReportRequest(null, null, null, null, 5, false, version);
            case "departure-report" -> new DepartureReportRequest(null, null, null, version);
            case "confirmation" -> new ConfirmRequest(null, version);
            case "closing" -> new CloseRequest(null, version);
            case "logistics/handler" -> new LogisticsHandlerRequest(null, version);
            case "logistics/resolution" -> new LogisticsResolutionRequest(null, null, version);
            case "difficult-case" -> new OpenDifficultCaseRequest(null, null, version);
            case "difficult-case/escalations" -> new EscalateRequest(null, version);
            case "loaner" -> new LoanerRequest(null, ticket.unitClass(), version);
            case "loaner/return" -> new LoanerReturnRequest(null, version);
            case "callbacks" -> new CallbackRequest(null, null, 5, false, null, version);
            case "classification" -> new ClassifyRequest(null, 3, NO_EVALUATION, version);
            case "hold" -> new HoldRequest(null, null, version);
            case "hold/resumption" -> new ResumeRequest(null, version);
            case "guidance-fees" -> new GuidanceFeeRequest(null, null, today, version);
            default -> throw new IllegalArgumentException("no form for " + action);
        };
    }

    /** T7: a dispatch id the ticket has not used, which the person may still change. */
    private static String nextDispatchId(TicketDetailView ticket) {
        Set<String> used =
                ticket.dispatches().stream().map(DispatchView::dispatchId).collect(Collectors.toSet());
        int next = ticket.dispatches().size() + 1;
        while (used.contains("D-" + next)) {
            next++;
        }
        return "D-" + next;
    }

    private static Department otherDepartment(Department current) {
        if (current == null) {
            return null;
        }
        return current == Department.TECHNICAL_SERVICE ? Department.LOGISTICS : Department.TECHNICAL_SERVICE;
    }
}
