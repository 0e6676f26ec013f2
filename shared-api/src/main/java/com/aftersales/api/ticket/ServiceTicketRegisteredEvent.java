package com.aftersales.api.ticket;

import com.aftersales.api.common.CustomerId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * T1–T4: a service request was registered with its number ({@code YYYYMM-NNN}) and SLA due times.
 * {@code planDueAt} is null when the urgency has no plan clock (LOW). The customer appears only by
 * id: names and phone numbers stay out of the event stream.
 *
 * <p>{@code underServiceContract} is derived: a contract covers the unit (T13), and then {@code
 * slaTerms} names it. {@code onSiteDueAt} and {@code fixDueAt} are null unless a contract sets
 * those clocks.
 *
 * <p>Revision 2 added {@code product.unitClass} (T10); revision 1 is upcast with the model as the
 * class. Revision 3 added {@code onSiteDueAt}, {@code fixDueAt} and {@code slaTerms} (T13, policy
 * versions); revision 2 is upcast with the terms read off its due times, at policy version 0.
 */
@Revision("3")
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
        Instant planDueAt,
        Instant onSiteDueAt,
        Instant fixDueAt,
        SlaTerms slaTerms) {}
