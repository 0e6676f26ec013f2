package com.aftersales.api.ticket;

import com.aftersales.api.common.CustomerId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * T1/T2/T3: register a service request. The ticket number (T4) and the SLA due times are decided
 * on the command side, and so is whether a service contract covers the unit (T13): the clerk does
 * not type it. {@code registeredAt} comes from the caller's clock.
 */
public record RegisterServiceTicketCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        CustomerId customerId,
        IntakeChannel channel,
        ProofOfPurchase proofOfPurchase,
        ProductUnit product,
        FaultReport fault,
        CustomerRequest request,
        Urgency urgency,
        Instant registeredAt) {
    public RegisterServiceTicketCommand {
        Objects.requireNonNull(ticketId, "ticket id");
        Objects.requireNonNull(customerId, "customer id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(proofOfPurchase, "proof of purchase");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(registeredAt, "registration time");
    }
}
