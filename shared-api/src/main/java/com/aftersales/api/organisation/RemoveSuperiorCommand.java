package com.aftersales.api.organisation;

import com.aftersales.api.common.UserId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** T8: {@code person} no longer has a superior (top of the chart, or left the company). */
public record RemoveSuperiorCommand(UserId person) {
    public RemoveSuperiorCommand {
        Objects.requireNonNull(person, "person");
    }

    @TargetAggregateIdentifier
    public OrganisationChartId chartId() {
        return OrganisationChartId.THE_CHART;
    }
}
