package com.aftersales.app.organisation;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.UserId;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.organisation.AssignSuperiorCommand;
import com.aftersales.api.organisation.FindOrganisationChartQuery;
import com.aftersales.api.organisation.OrganisationChartId;
import com.aftersales.api.organisation.RemoveSuperiorCommand;
import com.aftersales.api.organisation.ReportingLineView;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.security.Staff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** T8: the organisation chart, a setting recorded as events: who escalates a difficult case to whom. */
@RestController
@RequestMapping("/api/organisation")
@Tag(name = "Organisation chart", description = "上级关系, RULES T8")
class OrganisationController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Staff staff;

    OrganisationController(CommandGateway commands, QueryGateway queries, Staff staff) {
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
    }

    /** Whom a person escalates to. */
    record SuperiorRequest(@NotBlank @Size(max = 64) String superiorId) {}

    @GetMapping("/superiors")
    @AllowedRoles({ADMIN, SUPERVISOR, MANAGER, CLERK})
    @Operation(summary = "Every reporting line: whom each person escalates a difficult case to (T8)")
    List<ReportingLineView> chart() {
        return queries.query(
                        new FindOrganisationChartQuery(), ResponseTypes.multipleInstancesOf(ReportingLineView.class))
                .join();
    }

    @PutMapping("/superiors/{personId}")
    @AllowedRoles({ADMIN})
    @Operation(summary = "Make superiorId the superior of personId; no one is their own superior, no cycles (T8)")
    Map<String, String> assign(@PathVariable String personId, @Valid @RequestBody SuperiorRequest body) {
        staff.requireUser(personId, "T8");
        staff.requireUser(body.superiorId(), "T8");
        commands.sendAndWait(new AssignSuperiorCommand(new UserId(personId), new UserId(body.superiorId())));
        return Map.of("personId", personId, "superiorId", body.superiorId());
    }

    @DeleteMapping("/superiors/{personId}")
    @AllowedRoles({ADMIN})
    @Operation(summary = "personId has no superior any more: the top of the chart, or left the company (T8)")
    Map<String, String> remove(@PathVariable String personId) {
        commands.sendAndWait(new RemoveSuperiorCommand(new UserId(personId)));
        return Map.of("personId", personId, "removed", "superior");
    }

    @GetMapping("/history")
    @AllowedRoles({ADMIN, MANAGER})
    @Operation(summary = "Every change of the chart: what, when, by whom, in which role (S3)")
    List<HistoryEntryView> history() {
        return queries.query(
                        new FindAggregateHistoryQuery(OrganisationChartId.THE_CHART.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
    }
}
