package com.aftersales.api.contract;

import java.time.Duration;
import java.util.Objects;

/**
 * T13: a contract's own service terms, which replace the T3 urgency hours for the units it covers.
 * {@code responseWithin} is always given; a null {@code onSiteWithin}, {@code fixWithin} or {@code
 * planWithin} means the contract has no such clock. With {@code businessHoursOnly} the clocks count
 * only the company calendar's business hours, otherwise elapsed time. A fix not made within {@code
 * fixWithin} entitles the customer to a free loaner of the same class (T10).
 *
 * <p>The "solution collection" (解决方案集) terms, for example: response within 0.5 h, engineer on
 * site within 2 h, fixed within 4 h.
 */
public record ContractTerms(
        Duration responseWithin,
        Duration onSiteWithin,
        Duration fixWithin,
        Duration planWithin,
        boolean businessHoursOnly) {
    public ContractTerms {
        Objects.requireNonNull(responseWithin, "response time");
    }
}
