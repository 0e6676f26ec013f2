package com.aftersales.app.parts;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.parts.ApprovePartsRequisitionCommand;
import com.aftersales.api.parts.FindPartsRequisitionQuery;
import com.aftersales.api.parts.FindPartsRequisitionsQuery;
import com.aftersales.api.parts.IssuePartsCommand;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.PartsRequisitionView;
import com.aftersales.api.parts.RequisitionStatus;
import com.aftersales.api.parts.WriteOffPartsRequisitionCommand;
import com.aftersales.app.parts.PartsRequests.RequisitionRequest;
import com.aftersales.app.parts.PartsRequests.ReturnRequest;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * R11: parts requisition slips (领用单): the engineer requests, a supervisor who is not the requester
 * approves (S2), the supervisor (or an administrator) issues from stock, the engineer or supervisor
 * returns unused parts, and the supervisor or finance writes the slip off (核销) at its cost.
 */
@RestController
@RequestMapping("/api/parts-requisitions")
@Tag(name = "Parts requisitions", description = "配件领用单, RULES R11")
class PartsRequisitionController {
    private final CommandGateway commands;
    private final QueryGateway queries;

    PartsRequisitionController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({ENGINEER})
    @Operation(summary = "Request parts for a repair order, one line per part with its reason (R11)")
    Map<String, String> request(@Valid @RequestBody RequisitionRequest body) {
        PartsRequisitionId id = PartsRequisitionId.random();
        commands.sendAndWait(body.toCommand(id));
        return Map.of("requisitionId", id.value(), "status", RequisitionStatus.REQUESTED.name());
    }

    @GetMapping
    @AllowedRoles({ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "Requisitions, newest first; of one repair order, or in one status (R11)")
    List<PartsRequisitionView> list(
            @RequestParam(required = false) String repairOrderId,
            @RequestParam(required = false) RequisitionStatus status) {
        String order = repairOrderId == null || repairOrderId.isBlank()
                ? null
                : PartsRequests.repairOrder(repairOrderId).value();
        return queries.query(
                        new FindPartsRequisitionsQuery(order, status),
                        ResponseTypes.multipleInstancesOf(PartsRequisitionView.class))
                .join();
    }

    @GetMapping("/{id}")
    @AllowedRoles({ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "One requisition with its lines: asked for, issued, returned, and its cost once written off")
    PartsRequisitionView find(@PathVariable String id) {
        return queries.query(
                        new FindPartsRequisitionQuery(
                                PartsRequests.requisition(id).value()),
                        ResponseTypes.optionalInstanceOf(PartsRequisitionView.class))
                .join()
                .orElseThrow(() -> new UnknownResourceException("no requisition " + id));
    }

    @GetMapping("/{id}/history")
    @AllowedRoles({SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "Every step of a requisition: what, when, by whom, in which role (S3)")
    List<HistoryEntryView> history(@PathVariable String id) {
        return queries.query(
                        new FindAggregateHistoryQuery(
                                PartsRequests.requisition(id).value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
    }

    @PostMapping("/{id}/approval")
    @AllowedRoles({SUPERVISOR})
    @Operation(summary = "Approve; not by the person who requested it (R11, S2)")
    Map<String, String> approve(@PathVariable String id) {
        commands.sendAndWait(new ApprovePartsRequisitionCommand(PartsRequests.requisition(id)));
        return Map.of("requisitionId", id, "status", RequisitionStatus.APPROVED.name());
    }

    @PostMapping("/{id}/issue")
    @AllowedRoles({SUPERVISOR, ADMIN})
    @Operation(summary = "Issue every line from stock, all or nothing; stock never goes below zero (R11, R15)")
    Map<String, String> issue(@PathVariable String id) {
        commands.sendAndWait(new IssuePartsCommand(PartsRequests.requisition(id)));
        return Map.of("requisitionId", id, "status", RequisitionStatus.ISSUED.name());
    }

    @PostMapping("/{id}/returns")
    @AllowedRoles({ENGINEER, SUPERVISOR})
    @Operation(summary = "Return unused parts to stock, at the cost they were issued at (R11, R15)")
    Map<String, String> returnUnused(@PathVariable String id, @Valid @RequestBody ReturnRequest body) {
        commands.sendAndWait(body.toCommand(PartsRequests.requisition(id)));
        return Map.of("requisitionId", id, "status", RequisitionStatus.ISSUED.name());
    }

    @PostMapping("/{id}/write-off")
    @AllowedRoles({SUPERVISOR, FINANCE})
    @Operation(summary = "Write off (核销): cost what was used (issued − returned) for the month's material cost (R11)")
    Map<String, String> writeOff(@PathVariable String id) {
        commands.sendAndWait(new WriteOffPartsRequisitionCommand(PartsRequests.requisition(id)));
        return Map.of("requisitionId", id, "status", RequisitionStatus.WRITTEN_OFF.name());
    }
}
