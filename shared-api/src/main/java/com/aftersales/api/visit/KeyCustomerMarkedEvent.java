package com.aftersales.api.visit;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * T11: a key customer's visit plan starts. {@code firstVisitDueBy} = {@code deliveredOn} + 6 months
 * (company-zone dates); the visit is overdue from the start of the following day.
 */
@Revision("1")
public record KeyCustomerMarkedEvent(
        CustomerId customerId, LocalDate deliveredOn, String reason, LocalDate firstVisitDueBy) {}
