package com.aftersales.api.visit;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** T11: the day {@code dueBy} ended (company zone) with no visit recorded for it; recorded once per due date. */
@Revision("1")
public record KeyCustomerVisitOverdueEvent(CustomerId customerId, LocalDate dueBy) {}
