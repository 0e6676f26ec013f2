package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intake: registering a request (T1–T4) and classifying a software request (T12). */
@RestController
@RequestMapping("/api/tickets")
@Tag(name = "Service tickets: intake", description = "售后工单登记, RULES T1–T4, T12")
class TicketRegistrationController {
    private final CommandGateway commands;
    private final CustomerContacts customers;
    private final Clock clock;

    TicketRegistrationController(CommandGateway commands, CustomerContacts customers, Clock clock) {
        this.commands = commands;
        this.customers = customers;
        this.clock = clock;
    }

    @PostMapping
    @AllowedRoles({CLERK})
    @Operation(summary = "Register a service request (T1–T4): answers its number and SLA due times")
    ResponseEntity<RegisterServiceTicketResult> register(@Valid @RequestBody RegisterRequest body) {
        body.requireCompleteness();
        RegisterServiceTicketResult result = commands.sendAndWait(body.toCommand(
                TicketId.random(),
                customerOf(body),
                // Milliseconds: what PostgreSQL and JSON clients keep, so every view shows the same instant.
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return ResponseEntity.created(URI.create("/api/tickets/" + result.ticketId()))
                .body(result);
    }

    @PostMapping("/{id}/classification")
    @AllowedRoles({CLERK, SUPERVISOR, ENGINEER})
    @Operation(summary = "Classify a software request as BUG, REQUIREMENT or OTHER (T12)")
    TicketUpdated classify(@PathVariable String id, @Valid @RequestBody ClassifyRequest body) {
        commands.sendAndWait(body.toCommand(TicketIds.parse(id)));
        return new TicketUpdated(id, "classification");
    }

    /** A known customer by id, or a new one whose personal data goes to the customer store. */
    private CustomerId customerOf(RegisterRequest body) {
        if (body.customerId() != null) {
            if (!customers.exists(body.customerId())) {
                throw new InvalidFieldException("customerId", body.customerId() + " is not a known customer");
            }
            return new CustomerId(body.customerId());
        }
        RegisterRequest.Customer customer = body.customer();
        return customers.register(customer.name(), customer.phone(), customer.email());
    }
}
