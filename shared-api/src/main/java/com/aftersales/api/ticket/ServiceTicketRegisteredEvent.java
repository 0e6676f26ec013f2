package com.aftersales.api.ticket;

import com.aftersales.api.common.CustomerId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * T1–T4: a service request was registered with its number ({@code YYYYMM-NNN}) and SLA due times.
 * {@code planDueAt} is null when the urgency has no plan clock (LOW). The customer appears only by
 * id: names and phone numbers stay out of the event stream.
 *
 * <p>Revision 2 added {@code product.unitClass} (T10); revision 1 is upcast with the model as the
 * class.
 */
@Revision("2")
public record ServiceTicketRegisteredEvent(
        TicketId ticketId,
        String ticketNumber,
        CustomerId customerId,
        IntakeChannel channel,
        ProofOfPurchase proofOfPurchase,
        ProductUnit product,
        FaultReport fault,
        CustomerRequest request,
        Urgency urgency,
        boolean underServiceContract,
        Instant registeredAt,
        Instant responseDueAt,
        Instant planDueAt) {}
