package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** X9: finance ({@code receivedBy}) recorded that the engineer returned {@code amount}. */
@Revision("1")
public record TravelAdvanceReturnedEvent(
        TravelAdvanceId advanceId, UserId engineerId, BigDecimal amount, UserId receivedBy, String reference) {}
