package com.aftersales.api.supplier;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * R3: purchasing took the claim up under {@code purchasingReference} at {@code sentAt}; the
 * supplier's answer is due by {@code answerDueBy}, {@code answerWorkingDays} working days of the
 * company calendar (at {@code calendarVersion}) later.
 */
@Revision("1")
public record SupplierClaimSentEvent(
        SupplierClaimId claimId,
        String purchasingReference,
        String note,
        Instant sentAt,
        int answerWorkingDays,
        LocalDate answerDueBy,
        int calendarVersion) {}
