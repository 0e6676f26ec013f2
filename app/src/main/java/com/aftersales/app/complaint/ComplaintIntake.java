package com.aftersales.app.complaint;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintConcern;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.RegisterComplaintCommand;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.FindTicketQuery;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.complaint.ComplaintRequests.RegistrationRequest;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.Staff;
import com.aftersales.app.web.InvalidFieldException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * C1, C2: a complaint form as the API and the clerk's page both register it. Every check the form
 * can fail comes first (the channel, the ids, the engineer, what it concerns, the customer), so a
 * refused form keeps no personal data; then a new customer's contact goes to the personal-data
 * store; then the command, registered at the clock's time. A named ticket fills in the customer, the
 * unit's serial number and model and the ticket's engineer where the form left them empty.
 */
public class ComplaintIntake {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final CustomerContacts customers;
    private final Clock clock;

    ComplaintIntake(
            CommandGateway commands, QueryGateway queries, Staff staff, CustomerContacts customers, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
        this.customers = customers;
        this.clock = clock;
    }

    /** Registers the form as a new complaint and answers its id. */
    public ComplaintId register(RegistrationRequest body) {
        if (body.channel() == ComplaintChannel.CALLBACK) {
            throw new InvalidFieldException(
                    "channel", "a callback opens its complaint by itself (T11): register PHONE, LETTER or VISIT");
        }
        TicketId ticketId = id("ticketId", body.ticketId(), TicketId::new);
        RepairOrderId repairOrderId = id("repairOrderId", body.repairOrderId(), RepairOrderId::new);
        String customerId = text(body.customerId());
        String serialNumber = text(body.serialNumber());
        String productModel = text(body.productModel());
        String engineerId = text(body.engineerId());
        if (engineerId != null) {
            staff.requireEngineer(engineerId, "C2");
        }
        if (ticketId != null) {
            TicketDetailView ticket = queries.query(
                            new FindTicketQuery(ticketId), ResponseTypes.instanceOf(TicketDetailView.class))
                    .join();
            if (ticket == null) {
                throw new InvalidFieldException("ticketId", "no ticket " + ticketId);
            }
            customerId = customerId != null ? customerId : text(ticket.customerId());
            serialNumber =
                    serialNumber != null ? serialNumber : text(ticket.summary().serialNumber());
            productModel =
                    productModel != null ? productModel : text(ticket.summary().productModel());
            engineerId = engineerId != null ? engineerId : text(ticket.summary().engineerId());
        }
        ComplaintConcern concern = new ComplaintConcern(
                ticketId,
                repairOrderId,
                engineerId == null ? null : new UserId(engineerId),
                serialNumber,
                productModel);
        if (!concern.namesSomething()) {
            throw new InvalidFieldException(
                    "ticketId", "C2: name the ticket, the repair order or the engineer the complaint concerns");
        }
        CustomerId customer = customerOf(customerId, body);
        ComplaintId complaint = ComplaintId.random();
        commands.sendAndWait(new RegisterComplaintCommand(
                complaint,
                body.channel(),
                customer,
                concern,
                body.category(),
                body.content(),
                // Milliseconds: what PostgreSQL and JSON clients keep, so every view shows the same instant.
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                null));
        return complaint;
    }

    /** A known customer by id, else a new contact in the personal-data store (never in the event). */
    private CustomerId customerOf(String customerId, RegistrationRequest body) {
        if (customerId != null) {
            CustomerId customer = id("customerId", customerId, CustomerId::new);
            if (!customers.exists(customer.value())) {
                throw new InvalidFieldException("customerId", customerId + " is not a known customer");
            }
            return customer;
        }
        String name = text(body.customerName());
        if (name == null) {
            throw new InvalidFieldException(
                    "customerName", "C2: name the customer: a customerId, or the customer's name and phone");
        }
        return customers.register(name, text(body.customerPhone()), null);
    }

    private static <T> T id(String field, String value, Function<String, T> parse) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidFieldException(field, "'" + text + "' is not a " + field);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
