package com.aftersales.api.ticket;

import java.time.Duration;

/**
 * T3, T10, T13: the terms a ticket's SLA clocks were set by, recorded with its registration. The
 * ticket keeps them for its whole life, so its history replays to the same due times after the
 * company policy or the contract has changed, and a reader can tell which policy version or
 * contract version decided each clock.
 *
 * @param policyVersion the company policy version in force at registration; 0 for tickets
 *     registered before policies were versioned (their terms are then read off their due times)
 * @param contractId the service contract whose terms set the clocks (T13), or null for the
 *     urgency defaults of T3
 * @param contractVersion the version of that contract, or null
 * @param onSiteWithin only a contract has an on-site clock (T13); null when there is none
 * @param planWithin null when there is no plan clock (T3: LOW)
 * @param fixWithin only a contract has a fix clock (T13); null when there is none
 * @param loanerAfterArrival T10: how long after arrival or unit receipt an unfixed unit gets a
 *     loaner; null only for tickets registered before policies were versioned
 * @param businessHours the clocks count in the company calendar's business hours (a contract's
 *     choice), not round the clock
 * @param calendarVersion the calendar version the due times were counted with, when in business
 *     hours; otherwise null
 */
public record SlaTerms(
        int policyVersion,
        String contractId,
        String contractNumber,
        Integer contractVersion,
        Duration responseWithin,
        Duration onSiteWithin,
        Duration planWithin,
        Duration fixWithin,
        Duration loanerAfterArrival,
        boolean businessHours,
        Integer calendarVersion) {

    public boolean setByContract() {
        return contractId != null;
    }

    /** How long the clock runs, or null when this ticket has no such clock. */
    public Duration within(SlaClock clock) {
        return switch (clock) {
            case RESPONSE -> responseWithin;
            case ON_SITE -> onSiteWithin;
            case PLAN -> planWithin;
            case FIX -> fixWithin;
            case INSTALLATION -> null;
        };
    }
}
