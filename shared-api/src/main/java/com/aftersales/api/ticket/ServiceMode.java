package com.aftersales.api.ticket;

import java.util.Set;

/** T6: how the engineer serves the customer, and which transfers between modes are allowed. */
public enum ServiceMode {
    REMOTE,
    ON_SITE,
    REPAIR,
    INSTALLATION;

    /** T6: remote → on site or repair; on site → repair; repair and installation are final. */
    public Set<ServiceMode> allowedTransfers() {
        return switch (this) {
            case REMOTE -> Set.of(ON_SITE, REPAIR);
            case ON_SITE -> Set.of(REPAIR);
            case REPAIR, INSTALLATION -> Set.of();
        };
    }

    /** T7: modes in which an engineer travels to the customer. */
    public boolean travels() {
        return this == ON_SITE || this == INSTALLATION;
    }
}
