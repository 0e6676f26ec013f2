package com.aftersales.command.organisation;

import static com.aftersales.command.organisation.OrganisationRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.UserId;
import com.aftersales.api.organisation.AssignSuperiorCommand;
import com.aftersales.api.organisation.OrganisationChartId;
import com.aftersales.api.organisation.RemoveSuperiorCommand;
import com.aftersales.api.organisation.SuperiorAssignedEvent;
import com.aftersales.api.organisation.SuperiorRemovedEvent;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The company's organisation chart (T8), one for the whole company: each person's superior, the
 * level a difficult case goes up to. It is created by its first change, and it keeps the chart a
 * forest (nobody above themselves), so an escalation always ends at the top.
 */
@Aggregate
public class OrganisationChart {

    @AggregateIdentifier
    private OrganisationChartId chartId;

    private final Map<UserId, UserId> superiorOf = new HashMap<>();

    protected OrganisationChart() {
        // for event sourcing, and for the first change of the chart
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AssignSuperiorCommand command) {
        UserId person = command.person();
        UserId superior = command.superior();
        require(!person.equals(superior), OrganisationRule.SELF_SUPERIOR, person + " cannot be their own superior");
        UserId previous = superiorOf.get(person);
        require(
                !superior.equals(previous),
                OrganisationRule.SUPERIOR_UNCHANGED,
                superior + " is already the superior of " + person);
        require(
                !reportsTo(superior, person),
                OrganisationRule.SUPERIOR_CYCLE,
                superior + " already reports to " + person + ": escalation would go round in a circle");
        apply(new SuperiorAssignedEvent(person, superior, previous));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemoveSuperiorCommand command) {
        UserId previous = superiorOf.get(command.person());
        require(
                previous != null,
                OrganisationRule.NO_SUPERIOR_TO_REMOVE,
                command.person() + " has no superior to remove");
        apply(new SuperiorRemovedEvent(command.person(), previous));
    }

    /** Whether {@code someone} is {@code person} or reports to them over any number of levels. */
    private boolean reportsTo(UserId someone, UserId person) {
        for (UserId level = someone; level != null; level = superiorOf.get(level)) {
            if (level.equals(person)) {
                return true;
            }
        }
        return false;
    }

    @EventSourcingHandler
    void on(SuperiorAssignedEvent event) {
        chartId = OrganisationChartId.THE_CHART;
        superiorOf.put(event.person(), event.superior());
    }

    @EventSourcingHandler
    void on(SuperiorRemovedEvent event) {
        chartId = OrganisationChartId.THE_CHART;
        superiorOf.remove(event.person());
    }
}
