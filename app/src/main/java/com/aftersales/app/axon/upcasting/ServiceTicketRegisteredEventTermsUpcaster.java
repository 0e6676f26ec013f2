package com.aftersales.app.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code ServiceTicketRegisteredEvent} 2 → 3: the registration gained the terms that set its clocks
 * ({@code slaTerms}: policy version, contract, durations) and the contract-only on-site and fix
 * clocks. A revision 2 registration had neither contract clocks nor a recorded policy version, so
 * its terms are read off its own due times at policy version 0, with no loaner term: such a ticket
 * follows the current policy's loaner hours, as it always did.
 */
public class ServiceTicketRegisteredEventTermsUpcaster extends JsonPayloadUpcaster {

    public ServiceTicketRegisteredEventTermsUpcaster() {
        super(ServiceTicketRegisteredEventUpcaster.TYPE, "2", "3");
    }

    @Override
    void upcast(ObjectNode event) {
        Instant registeredAt = Instant.parse(event.get("registeredAt").asText());
        event.putNull("onSiteDueAt");
        event.putNull("fixDueAt");
        ObjectNode terms = event.putObject("slaTerms");
        terms.put("policyVersion", 0);
        terms.putNull("contractId");
        terms.putNull("contractNumber");
        terms.putNull("contractVersion");
        terms.put("responseWithin", since(registeredAt, event.get("responseDueAt")));
        terms.putNull("onSiteWithin");
        terms.put("planWithin", since(registeredAt, event.get("planDueAt")));
        terms.putNull("fixWithin");
        terms.putNull("loanerAfterArrival");
        terms.put("businessHours", false);
        terms.putNull("calendarVersion");
    }

    private static String since(Instant registeredAt, JsonNode due) {
        return due == null || due.isNull()
                ? null
                : Duration.between(registeredAt, Instant.parse(due.asText())).toString();
    }
}
