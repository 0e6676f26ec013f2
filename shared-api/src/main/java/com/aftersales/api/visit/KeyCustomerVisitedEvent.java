package com.aftersales.api.visit;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * T11: a visit of a key customer. {@code nextVisitDueBy} = the plan's latest visit date + 6 months
 * ("twice a year": never more than six months between two visits).
 */
@Revision("1")
public record KeyCustomerVisitedEvent(
        CustomerId customerId,
        String visitId,
        LocalDate visitedOn,
        UserId visitedBy,
        String summary,
        LocalDate nextVisitDueBy) {}
