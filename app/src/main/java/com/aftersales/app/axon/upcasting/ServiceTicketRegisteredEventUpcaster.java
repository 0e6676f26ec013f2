package com.aftersales.app.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ServiceTicketRegisteredEvent} 1 → 2: the product gained {@code unitClass}, the class a T10
 * loaner must match. A registration of revision 1 named no class, and the unit's own model is the
 * class it belongs to, so the model is taken.
 */
public class ServiceTicketRegisteredEventUpcaster extends JsonPayloadUpcaster {
    static final String TYPE = "com.aftersales.api.ticket.ServiceTicketRegisteredEvent";

    public ServiceTicketRegisteredEventUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    void upcast(ObjectNode event) {
        ObjectNode product = (ObjectNode) event.get("product");
        product.set("unitClass", product.get("model"));
    }
}
