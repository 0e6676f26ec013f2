package com.aftersales.app.visit;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.visit.FindKeyCustomerVisitsQuery;
import com.aftersales.api.visit.KeyCustomerMarkedEvent;
import com.aftersales.api.visit.KeyCustomerUnmarkedEvent;
import com.aftersales.api.visit.KeyCustomerVisitOverdueEvent;
import com.aftersales.api.visit.KeyCustomerVisitView;
import com.aftersales.api.visit.KeyCustomerVisitedEvent;
import com.aftersales.api.visit.MarkKeyCustomerCommand;
import com.aftersales.api.visit.RecordKeyCustomerVisitCommand;
import com.aftersales.api.visit.UnmarkKeyCustomerCommand;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * T11, second half: key customers (重点客户) and their visit plan. "Today" is the application
 * clock's date in the company zone; the commands carry it, so the aggregate reads no clock.
 */
@RestController
@RequestMapping("/api/key-customers")
@Tag(name = "Key customers", description = "重点客户回访计划, RULES T11")
class KeyCustomerController {
    /** The events of a visit plan: its history leaves out those of other aggregates with the customer's id. */
    static final Set<String> PLAN_EVENTS = Set.of(
            KeyCustomerMarkedEvent.class.getSimpleName(),
            KeyCustomerVisitedEvent.class.getSimpleName(),
            KeyCustomerVisitOverdueEvent.class.getSimpleName(),
            KeyCustomerUnmarkedEvent.class.getSimpleName());

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CustomerContacts customers;
    private final Visitors visitors;
    private final Clock clock;
    private final ZoneId companyZone;

    KeyCustomerController(
            CommandGateway commands,
            QueryGateway queries,
            CustomerContacts customers,
            Visitors visitors,
            Clock clock,
            ZoneId companyZone) {
        this.commands = commands;
        this.queries = queries;
        this.customers = customers;
        this.visitors = visitors;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    /** A known customer (from the customer store) becomes a key customer; why, and when the product was delivered. */
    record MarkRequest(
            @NotBlank @Size(max = 64) String customerId,
            @NotNull LocalDate deliveredOn,
            @NotBlank @Size(max = 2000) String reason) {}

    /** A visit that took place; {@code visitId} is made up when absent (a retry with the same id is refused). */
    record VisitRequest(
            @Size(min = 1, max = 64) String visitId,
            @NotNull LocalDate visitedOn,
            @NotBlank @Size(max = 64) String visitedBy,
            @NotBlank @Size(max = 4000) String summary) {}

    record UnmarkRequest(@NotBlank @Size(max = 2000) String reason) {}

    @PostMapping
    @AllowedRoles({CLERK, MANAGER})
    @Operation(summary = "Mark a customer as a key customer: first visit due within six months of delivery (T11)")
    Map<String, Object> mark(@Valid @RequestBody MarkRequest body) {
        if (!customers.exists(body.customerId())) {
            throw new InvalidFieldException("customerId", body.customerId() + " is not a known customer");
        }
        CustomerId customer = new CustomerId(body.customerId());
        commands.sendAndWait(new MarkKeyCustomerCommand(customer, body.deliveredOn(), body.reason(), today()));
        return answer(customer, "marked", "deliveredOn", body.deliveredOn());
    }

    @PostMapping("/{customerId}/visits")
    @AllowedRoles({CLERK, ENGINEER})
    @Operation(
            summary = "Record a visit of a key customer by an engineer or clerk: the next is due in six months (T11)")
    Map<String, Object> visit(@PathVariable String customerId, @Valid @RequestBody VisitRequest body) {
        CustomerId customer = parse(customerId);
        visitors.requireVisitor(body.visitedBy());
        String visitId = body.visitId() == null ? UUID.randomUUID().toString() : body.visitId();
        commands.sendAndWait(new RecordKeyCustomerVisitCommand(
                customer, visitId, body.visitedOn(), new UserId(body.visitedBy()), body.summary(), today()));
        Map<String, Object> answer = answer(customer, "visited", "visitId", visitId);
        answer.put("visitedOn", body.visitedOn());
        return answer;
    }

    @DeleteMapping("/{customerId}")
    @AllowedRoles({MANAGER})
    @Operation(summary = "The customer is no longer a key customer: its visit plan ends (T11)")
    Map<String, Object> unmark(@PathVariable String customerId, @Valid @RequestBody UnmarkRequest body) {
        CustomerId customer = parse(customerId);
        commands.sendAndWait(new UnmarkKeyCustomerCommand(customer, body.reason()));
        return answer(customer, "unmarked", "reason", body.reason());
    }

    @GetMapping
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, MANAGER})
    @Operation(
            summary = "The visit board: overdue plans first, then by next due date; overdue=true/false filters (T11)")
    List<KeyCustomerVisitView> board(@RequestParam(required = false) Boolean overdue) {
        return queries.query(
                        new FindKeyCustomerVisitsQuery(overdue),
                        ResponseTypes.multipleInstancesOf(KeyCustomerVisitView.class))
                .join();
    }

    @GetMapping("/{customerId}/history")
    @AllowedRoles({CLERK, MANAGER})
    @Operation(summary = "Every event of the customer's visit plans: what, when, by whom, in which role (T11, S3)")
    List<HistoryEntryView> history(@PathVariable String customerId) {
        CustomerId customer = parse(customerId);
        // The id names the visit plan; events of any other aggregate with that id are none of this.
        List<HistoryEntryView> history = queries
                .query(
                        new FindAggregateHistoryQuery(customer.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join()
                .stream()
                .filter(entry -> PLAN_EVENTS.contains(entry.eventType()))
                .toList();
        if (history.isEmpty()) {
            throw new UnknownResourceException(customerId + " has never been a key customer");
        }
        return history;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), companyZone);
    }

    /** A customer id from a path: anything that is not one names no customer (404), it is not bad input. */
    private static CustomerId parse(String customerId) {
        try {
            return new CustomerId(customerId);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no customer " + customerId);
        }
    }

    private static Map<String, Object> answer(CustomerId customer, String what, String key, Object value) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("customerId", customer.value());
        answer.put("status", what);
        answer.put(key, value);
        return answer;
    }
}
