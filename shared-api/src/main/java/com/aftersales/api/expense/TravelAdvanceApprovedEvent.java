package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** X9, S1: {@code approvedBy} approved the advance. */
@Revision("1")
public record TravelAdvanceApprovedEvent(TravelAdvanceId advanceId, UserId approvedBy, String note) {}
