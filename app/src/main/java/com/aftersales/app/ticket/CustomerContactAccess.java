package com.aftersales.app.ticket;

import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.app.customer.CustomerContact;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.ActingUser;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Data minimisation: a ticket's customer contact (personal data) goes only to the roles that serve
 * the customer, as the person acts now — clerks, supervisors, and the engineer assigned to this
 * ticket, not every engineer. The API and the ticket page both ask here, so the rule is one.
 */
@Component
class CustomerContactAccess {
    private static final Set<String> SEES_CONTACT = Set.of("CLERK", "ENGINEER", "SUPERVISOR");

    private final CustomerContacts customers;

    CustomerContactAccess(CustomerContacts customers) {
        this.customers = customers;
    }

    /** The contact the acting person may see on this ticket; empty for everyone else. */
    Optional<CustomerContact> visibleOn(TicketDetailView ticket) {
        return ActingUser.current()
                .filter(actor -> SEES_CONTACT.contains(actor.role()))
                .filter(actor -> !"ENGINEER".equals(actor.role())
                        || actor.userId().equals(ticket.summary().engineerId()))
                .flatMap(actor -> customers.find(ticket.customerId()));
    }
}
