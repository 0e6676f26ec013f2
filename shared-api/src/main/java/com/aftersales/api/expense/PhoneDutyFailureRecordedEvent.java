package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** X7: {@code engineerId} did not answer the phone on duty at {@code calledAt}. */
@Revision("1")
public record PhoneDutyFailureRecordedEvent(
        PhoneDutyFailureId failureId, UserId engineerId, Instant calledAt, String ticketId, String note) {}
