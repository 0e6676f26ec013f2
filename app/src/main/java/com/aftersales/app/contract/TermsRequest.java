package com.aftersales.app.contract;

import com.aftersales.api.contract.ContractTerms;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * T13: a contract's terms, durations as ISO-8601 ({@code PT30M}); a clock left out is one the
 * contract does not have. Their ranges and order are the contract's rules (422), not bad input.
 */
record TermsRequest(
        @NotNull Duration responseWithin,
        Duration onSiteWithin,
        Duration fixWithin,
        Duration planWithin,
        boolean businessHoursOnly) {

    ContractTerms toTerms() {
        return new ContractTerms(responseWithin, onSiteWithin, fixWithin, planWithin, businessHoursOnly);
    }
}
