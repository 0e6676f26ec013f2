package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** X9, S1: {@code paidBy} paid {@code amount} to the engineer; it is outstanding until settled. */
@Revision("1")
public record TravelAdvancePaidEvent(
        TravelAdvanceId advanceId, UserId engineerId, BigDecimal amount, UserId paidBy, String paymentReference) {}
