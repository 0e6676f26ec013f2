package com.aftersales.api.visit;

import com.aftersales.api.common.CustomerId;
import org.axonframework.serialization.Revision;

/** T11: the customer is no longer a key customer; its visit plan ended. */
@Revision("1")
public record KeyCustomerUnmarkedEvent(CustomerId customerId, String reason) {}
