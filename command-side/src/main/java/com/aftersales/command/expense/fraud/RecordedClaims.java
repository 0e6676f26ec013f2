package com.aftersales.command.expense.fraud;

import com.aftersales.command.expense.ClaimUnderScreening;
import java.time.Instant;
import java.util.List;

/** The backtest's input: the claim versions submitted in a period, as recorded, with their flags. */
public interface RecordedClaims {
    List<RecordedVersion> submittedBetween(Instant from, Instant to);

    /** One recorded version of a claim and every flag recorded on it. */
    record RecordedVersion(ClaimUnderScreening claim, List<RecordedFlag> flags) {
        public RecordedVersion {
            flags = List.copyOf(flags);
        }
    }
}
