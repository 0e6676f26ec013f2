package com.aftersales.api.organisation;

import java.util.Objects;

/**
 * Identity of the organisation chart. There is one chart for the whole company, so its commands
 * carry no id of their own and are routed to {@link #THE_CHART}.
 */
public record OrganisationChartId(String value) {
    public static final OrganisationChartId THE_CHART = new OrganisationChartId("organisation-chart");

    public OrganisationChartId {
        Objects.requireNonNull(value, "organisation chart id");
    }

    @Override
    public String toString() {
        return value;
    }
}
