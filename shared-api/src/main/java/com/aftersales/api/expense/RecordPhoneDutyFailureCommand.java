package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * X7: a CLERK or SUPERVISOR records that {@code engineerId} did not answer the phone at {@code
 * calledAt}, within the duty hours 08:00–22:00 (Asia/Shanghai); {@code ticketId} is the ticket the
 * call was about, if any.
 */
public record RecordPhoneDutyFailureCommand(
        @TargetAggregateIdentifier PhoneDutyFailureId failureId,
        UserId engineerId,
        Instant calledAt,
        String ticketId,
        String note) {}
