package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.ChangeServiceModeCommand;
import com.aftersales.api.ticket.ClassifySoftwareRequestCommand;
import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.DispatchCosts;
import com.aftersales.api.ticket.EscalateDifficultCaseCommand;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.FindTicketQuery;
import com.aftersales.api.ticket.FindTicketsQuery;
import com.aftersales.api.ticket.OpenDifficultCaseCommand;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.ProvideLoanerCommand;
import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.RecordCallbackCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RecordServicePlanCommand;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.RequirementEvaluation;
import com.aftersales.api.ticket.ReturnLoanerCommand;
import com.aftersales.api.ticket.RouteServiceTicketCommand;
import com.aftersales.api.ticket.SlaState;
import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.TicketPage;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.customer.CustomerContact;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.security.Staff;
import com.aftersales.app.web.IdempotentRequests;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service tickets over HTTP. Talks only to the command and query gateways (and the customer
 * store for personal data); every POST takes an optional {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/tickets")
@Tag(name = "Service tickets", description = "售后工单, RULES T1–T12")
class TicketController {
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Roles that see customers' personal data on a ticket (data minimisation). */
    private static final Set<String> SEES_CONTACT = Set.of("CLERK", "ENGINEER", "SUPERVISOR");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final IdempotentRequests idempotent;
    private final CustomerContacts customers;
    private final Clock clock;
    private final ObjectMapper objectMapper;
    private final Staff staff;

    TicketController(
            CommandGateway commands,
            QueryGateway queries,
            IdempotentRequests idempotent,
            CustomerContacts customers,
            Clock clock,
            ObjectMapper objectMapper,
            Staff staff) {
        this.commands = commands;
        this.queries = queries;
        this.idempotent = idempotent;
        this.customers = customers;
        this.clock = clock;
        this.objectMapper = objectMapper;
        this.staff = staff;
    }

    @PostMapping
    @AllowedRoles({CLERK})
    @Operation(summary = "Register a service request (T1–T4): answers its number and SLA due times")
    ResponseEntity<?> register(
            @Valid @RequestBody TicketRequests.Register body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return idempotent.execute(key, actor(), "POST /api/tickets", body, () -> {
            if (isBlank(body.proofOfPurchase().orderNumber())
                    && isBlank(body.proofOfPurchase().invoiceNumber())) {
                throw new InvalidFieldException(
                        "proofOfPurchase", "T2: proof of purchase needs an order number or an invoice number");
            }
            CustomerId customerId = customerOf(body);
            TicketRequests.Product product = body.product();
            RegisterServiceTicketCommand command = new RegisterServiceTicketCommand(
                    TicketId.random(),
                    customerId,
                    body.channel(),
                    new ProofOfPurchase(
                            body.proofOfPurchase().orderNumber(),
                            body.proofOfPurchase().invoiceNumber()),
                    new ProductUnit(
                            product.model(),
                            product.serialNumber(),
                            product.kind(),
                            product.purchaseDate(),
                            product.unitClass()),
                    new FaultReport(
                            body.fault().description(),
                            body.fault().occurredOn(),
                            body.fault().usageContext()),
                    body.request(),
                    body.urgency(),
                    body.underServiceContract(),
                    // Milliseconds: what PostgreSQL and JSON clients keep, so every view shows the same instant.
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            RegisterServiceTicketResult result = commands.sendAndWait(command);
            return ResponseEntity.created(URI.create("/api/tickets/" + result.ticketId()))
                    .body(result);
        });
    }

    @PostMapping("/{id}/route")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Route or re-route to a department (T5)")
    ResponseEntity<?> route(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Route body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "route",
                body,
                new RouteServiceTicketCommand(ticketId(id), body.department(), body.reason(), body.expectedVersion()));
    }

    @PostMapping("/{id}/classification")
    @AllowedRoles({CLERK, SUPERVISOR, ENGINEER})
    @Operation(summary = "Classify a software request as BUG, REQUIREMENT or OTHER (T12)")
    ResponseEntity<?> classify(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Classify body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        TicketRequests.Evaluation e = body.evaluation();
        RequirementEvaluation evaluation = e == null
                ? null
                : new RequirementEvaluation(
                        e.generality(),
                        e.productFit(),
                        e.effortPersonDays(),
                        e.customerDeadline(),
                        e.customerAcceptsCharge());
        return send(
                key,
                id,
                "classification",
                body,
                new ClassifySoftwareRequestCommand(
                        ticketId(id), body.requestClass(), body.priority(), evaluation, body.expectedVersion()));
    }

    @PostMapping("/{id}/assignment")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Fill the task sheet: assign or reassign an engineer and a service mode (T5, T6)")
    ResponseEntity<?> assign(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Assign body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "assignment",
                body,
                () -> staff.requireEngineer(body.engineerId(), "T6"),
                new AssignEngineerCommand(
                        ticketId(id),
                        new UserId(body.engineerId()),
                        body.mode(),
                        body.appointmentAt(),
                        body.contractDeadline(),
                        body.taskSheetNote(),
                        body.expectedVersion()));
    }

    @PostMapping("/{id}/plan")
    @AllowedRoles({ENGINEER, SUPERVISOR, CLERK})
    @Operation(summary = "Record the service plan; stops the plan SLA clock (T3)")
    ResponseEntity<?> plan(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Plan body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key, id, "plan", body, new RecordServicePlanCommand(ticketId(id), body.plan(), body.expectedVersion()));
    }

    @PostMapping("/{id}/mode")
    @AllowedRoles({CLERK, SUPERVISOR, ENGINEER})
    @Operation(summary = "Transfer to another service mode (T6)")
    ResponseEntity<?> changeMode(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.ChangeMode body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "mode",
                body,
                new ChangeServiceModeCommand(
                        ticketId(id), body.newMode(), body.appointmentAt(), body.reason(), body.expectedVersion()));
    }

    @PostMapping("/{id}/arrival")
    @AllowedRoles({ENGINEER})
    @Operation(summary = "The assigned engineer arrived on site (T6; starts the T10 loaner clock)")
    ResponseEntity<?> arrival(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Arrival body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "arrival",
                body,
                new RecordArrivalCommand(ticketId(id), body.arrivedAt(), clock.instant(), body.expectedVersion()));
    }

    @PostMapping("/{id}/dispatches")
    @AllowedRoles({CLERK, ENGINEER})
    @Operation(summary = "Record a dispatch: engineer, dates, destination city and costs (T7)")
    ResponseEntity<?> dispatch(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Dispatch body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "dispatches",
                body,
                () -> staff.requireEngineer(body.engineerId(), "T7"),
                new RecordDispatchCommand(
                        ticketId(id),
                        body.dispatchId(),
                        new UserId(body.engineerId()),
                        body.startDate(),
                        body.endDate(),
                        body.destinationCity(),
                        new DispatchCosts(body.travel(), body.lodging(), body.transport(), body.materials()),
                        body.expectedVersion()));
    }

    @PostMapping("/{id}/difficult-case")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Open a difficult-case file (T8)")
    ResponseEntity<?> openDifficultCase(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.OpenDifficultCase body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "difficult-case",
                body,
                () -> staff.requireUser(body.responsiblePerson(), "T8"),
                new OpenDifficultCaseCommand(
                        ticketId(id),
                        new UserId(body.responsiblePerson()),
                        body.historySummary(),
                        body.expectedVersion()));
    }

    @PostMapping("/{id}/difficult-case/escalations")
    @AllowedRoles({SUPERVISOR, CLERK})
    @Operation(summary = "Escalate a difficult case one level up, to the responsible person's superior (T8)")
    ResponseEntity<?> escalate(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Escalate body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "escalations",
                body,
                new EscalateDifficultCaseCommand(ticketId(id), body.reason(), body.expectedVersion()));
    }

    @PostMapping("/{id}/service-report")
    @AllowedRoles({ENGINEER})
    @Operation(summary = "Submit the service report with the customer's rating 1–5 (T9)")
    ResponseEntity<?> report(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.ServiceReport body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "service-report",
                body,
                new SubmitServiceReportCommand(
                        ticketId(id),
                        body.faultCause(),
                        body.solution(),
                        body.partsReplaced(),
                        body.customerOpinion(),
                        body.satisfaction(),
                        body.customerSigned(),
                        body.expectedVersion()));
    }

    @PostMapping("/{id}/confirmation")
    @AllowedRoles({CLERK, ENGINEER})
    @Operation(summary = "Record the customer's confirmation of the service (T9)")
    ResponseEntity<?> confirm(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Confirm body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "confirmation",
                body,
                new ConfirmServiceCommand(ticketId(id), body.confirmationChannel(), body.expectedVersion()));
    }

    @PostMapping("/{id}/closing")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(
            summary = "Close: only with the customer's confirmation of the service report (of the logistics resolution"
                    + " on a logistics ticket), and after on-site service with the departure report (T9)")
    ResponseEntity<?> close(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Close body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "closing",
                body,
                new CloseServiceTicketCommand(ticketId(id), body.closingNote(), body.expectedVersion()));
    }

    @PostMapping("/{id}/loaner")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Provide a loaner unit (T10)")
    ResponseEntity<?> provideLoaner(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Loaner body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "loaner",
                body,
                new ProvideLoanerCommand(
                        ticketId(id), body.loanerSerialNumber(), body.unitClass(), body.expectedVersion()));
    }

    @PostMapping("/{id}/loaner/return")
    @AllowedRoles({CLERK, SUPERVISOR})
    @Operation(summary = "Record the loaner's return (T10)")
    ResponseEntity<?> returnLoaner(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.LoanerReturn body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "loaner/return",
                body,
                new ReturnLoanerCommand(ticketId(id), body.note(), body.expectedVersion()));
    }

    @PostMapping("/{id}/callbacks")
    @AllowedRoles({CLERK})
    @Operation(summary = "Record a callback after closing (T11)")
    ResponseEntity<?> callback(
            @PathVariable String id,
            @Valid @RequestBody TicketRequests.Callback body,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key) {
        return send(
                key,
                id,
                "callbacks",
                body,
                new RecordCallbackCommand(
                        ticketId(id),
                        body.method(),
                        body.feedback(),
                        body.satisfaction(),
                        body.complaintRaised(),
                        body.complaintSummary(),
                        body.expectedVersion()));
    }

    @GetMapping
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "The ticket board, filtered by status, urgency, engineer, SLA state and month (YYYYMM)")
    TicketPage board(
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) String engineer,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.query(new FindTicketsQuery(status, urgency, engineer, sla, month, page, size), TicketPage.class)
                .join();
    }

    @GetMapping("/{id}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "One ticket with its full event history (type, time, actor, role)")
    TicketResponse detail(@PathVariable String id) {
        TicketId ticketId = ticketId(id);
        TicketDetailView detail = queries.query(new FindTicketQuery(ticketId), TicketDetailView.class)
                .join();
        if (detail == null) {
            throw new UnknownResourceException("no ticket " + id);
        }
        List<HistoryEntryView> history = queries.query(
                        new FindAggregateHistoryQuery(ticketId.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        CustomerContact contact = ActingUser.current()
                .filter(actor -> SEES_CONTACT.contains(actor.role()))
                // An engineer sees the customers of the tickets assigned to them, not everyone's.
                .filter(actor -> !"ENGINEER".equals(actor.role())
                        || actor.userId().equals(detail.summary().engineerId()))
                .flatMap(actor -> customers.find(detail.customerId()))
                .orElse(null);
        return new TicketResponse(
                detail, contact, history.stream().map(this::historyItem).toList());
    }

    /** A ticket's read model, its customer's contact (for roles that need it) and its history. */
    record TicketResponse(TicketDetailView ticket, CustomerContact customer, List<HistoryItem> history) {}

    /** One event of the history, its payload as JSON rather than as an escaped string. */
    record HistoryItem(
            long sequenceNumber,
            String eventType,
            Instant recordedAt,
            String actorUserId,
            String actorRole,
            String correlationId,
            JsonNode payload) {}

    private HistoryItem historyItem(HistoryEntryView entry) {
        try {
            return new HistoryItem(
                    entry.sequenceNumber(),
                    entry.eventType(),
                    entry.recordedAt(),
                    entry.actorUserId(),
                    entry.actorRole(),
                    entry.correlationId(),
                    objectMapper.readTree(entry.payloadJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event payload is not JSON", e);
        }
    }

    private ResponseEntity<?> send(String key, String id, String action, Object body, Object command) {
        return send(key, id, action, body, () -> {}, command);
    }

    /** {@code check} runs only for a first request, not for a replayed retry. */
    private ResponseEntity<?> send(String key, String id, String action, Object body, Runnable check, Object command) {
        return idempotent.execute(key, actor(), "POST /api/tickets/" + id + "/" + action, body, () -> {
            check.run();
            commands.sendAndWait(command);
            return ResponseEntity.ok(Map.of("ticketId", id, "accepted", action));
        });
    }

    private CustomerId customerOf(TicketRequests.Register body) {
        if (body.customerId() != null) {
            if (!customers.exists(body.customerId())) {
                throw new InvalidFieldException("customerId", body.customerId() + " is not a known customer");
            }
            return new CustomerId(body.customerId());
        }
        if (body.customer() == null) {
            throw new InvalidFieldException("customer", "give either customerId or customer");
        }
        TicketRequests.CustomerDetails customer = body.customer();
        if (isBlank(customer.phone()) && isBlank(customer.email())) {
            throw new InvalidFieldException("customer.phone", "T2: the customer needs a contact phone or email");
        }
        return customers.register(customer.name(), customer.phone(), customer.email());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static TicketId ticketId(String id) {
        try {
            return new TicketId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no ticket " + id);
        }
    }

    private static String actor() {
        return ActingUser.current().map(ActingUser::userId).orElseThrow();
    }
}
