package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** X9: {@code rejectedBy} rejected the advance for {@code reason}. */
@Revision("1")
public record TravelAdvanceRejectedEvent(TravelAdvanceId advanceId, UserId rejectedBy, String reason) {}
