package com.aftersales.api.organisation;

import com.aftersales.api.common.UserId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** T8: make {@code superior} the person {@code person} escalates to (replacing any earlier one). */
public record AssignSuperiorCommand(UserId person, UserId superior) {
    public AssignSuperiorCommand {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(superior, "superior");
    }

    @TargetAggregateIdentifier
    public OrganisationChartId chartId() {
        return OrganisationChartId.THE_CHART;
    }
}
