package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** X7: the failure was explained; {@code accepted} keeps the phone allowance of its trip. */
@Revision("1")
public record PhoneDutyFailureExplainedEvent(
        PhoneDutyFailureId failureId, UserId engineerId, String explanation, boolean accepted) {}
