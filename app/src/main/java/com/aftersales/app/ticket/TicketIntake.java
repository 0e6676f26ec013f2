package com.aftersales.app.ticket;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.web.InvalidFieldException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Registration as the API and the clerk's form both do it (T1–T4), so a ticket taken down on the
 * page is the same as one sent by a client: the T2 checks first, so a refused request keeps no
 * personal data; then the customer, then the command.
 */
@Component
class TicketIntake {
    private final CommandGateway commands;
    private final CustomerContacts customers;
    private final Clock clock;

    TicketIntake(CommandGateway commands, CustomerContacts customers, Clock clock) {
        this.commands = commands;
        this.customers = customers;
        this.clock = clock;
    }

    RegisterServiceTicketResult register(RegisterRequest body) {
        body.requireCompleteness();
        return commands.sendAndWait(body.toCommand(
                TicketId.random(),
                customerOf(body),
                // Milliseconds: what PostgreSQL and JSON clients keep, so every view shows the same instant.
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
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
