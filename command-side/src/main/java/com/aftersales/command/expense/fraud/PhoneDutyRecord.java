package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.PhoneDutyFailureId;
import java.time.Instant;

/** X7: a recorded phone-duty failure of the engineer; {@code accepted} is null until explained. */
public record PhoneDutyRecord(PhoneDutyFailureId failureId, Instant calledAt, Boolean accepted) {

    /** Only an accepted explanation keeps the allowance: an open or refused one does not. */
    public boolean forfeits() {
        return !Boolean.TRUE.equals(accepted);
    }
}
