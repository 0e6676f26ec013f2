package com.aftersales.app.supplier;

import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.supplier.FindSupplierClaimQuery;
import com.aftersales.api.supplier.FindSupplierClaimsQuery;
import com.aftersales.api.supplier.OpenSupplierClaimCommand;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.api.supplier.SupplierClaimState;
import com.aftersales.api.supplier.SupplierClaimSummaryView;
import com.aftersales.api.supplier.SupplierClaimView;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.supplier.SupplierClaimRequests.AnswerRequest;
import com.aftersales.app.supplier.SupplierClaimRequests.CloseRequest;
import com.aftersales.app.supplier.SupplierClaimRequests.OpenClaimRequest;
import com.aftersales.app.supplier.SupplierClaimRequests.SendClaimRequest;
import com.aftersales.app.supplier.SupplierClaimRequests.SettlementRequest;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R3: claims against suppliers for faults their parts or outsourced products caused, from the
 * repair's diagnosis through purchasing to the supplier's answer, the settlement and closing.
 * Supervisors and quality open, send and record the answer; finance records the settlement.
 */
@RestController
@RequestMapping("/api/supplier-claims")
@Tag(name = "Supplier claims", description = "供应商索赔, RULES R3")
class SupplierClaimController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    SupplierClaimController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** The claim and whether this request opened it (false: it was open already, nothing changed). */
    record ClaimOpening(String claimId, boolean opened) {}

    @PostMapping
    @AllowedRoles({SUPERVISOR, QUALITY})
    @Operation(
            summary = "Open a claim for a repair and a part (none: the outsourced product); one per repair and"
                    + " part, so a repeat answers 200 with the same id and opens nothing (R3)")
    ResponseEntity<ClaimOpening> open(@Valid @RequestBody OpenClaimRequest body) {
        OpenSupplierClaimCommand command = body.toCommand();
        Boolean opened = commands.sendAndWait(command);
        ClaimOpening answer = new ClaimOpening(command.claimId().value(), Boolean.TRUE.equals(opened));
        return ResponseEntity.status(answer.opened() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/supplier-claims/" + answer.claimId()))
                .body(answer);
    }

    @PostMapping("/{id}/sending")
    @AllowedRoles({SUPERVISOR, QUALITY})
    @Operation(
            summary = "Hand the claim to purchasing under their reference; the answer is due in 10 working days (R3)")
    Map<String, String> send(@PathVariable String id, @Valid @RequestBody SendClaimRequest body) {
        SupplierClaimId claimId = SupplierClaimRequests.claimId(id);
        commands.sendAndWait(body.toCommand(claimId, clock.instant()));
        return Map.of("claimId", claimId.value(), "state", SupplierClaimState.SENT_TO_PURCHASING.name());
    }

    @PostMapping("/{id}/answer")
    @AllowedRoles({SUPERVISOR, QUALITY})
    @Operation(summary = "Record the supplier's answer: accepted, rejected or partly accepted with the reason (R3)")
    Map<String, String> answer(@PathVariable String id, @Valid @RequestBody AnswerRequest body) {
        SupplierClaimId claimId = SupplierClaimRequests.claimId(id);
        commands.sendAndWait(body.toCommand(claimId));
        return Map.of("claimId", claimId.value(), "state", SupplierClaimState.ANSWERED.name());
    }

    @PostMapping("/{id}/settlement")
    @AllowedRoles({FINANCE})
    @Operation(summary = "Record the settlement of an accepted claim: credit note, replacement part or payment (R3)")
    Map<String, String> settle(@PathVariable String id, @Valid @RequestBody SettlementRequest body) {
        SupplierClaimId claimId = SupplierClaimRequests.claimId(id);
        commands.sendAndWait(body.toCommand(claimId));
        return Map.of("claimId", claimId.value(), "state", SupplierClaimState.SETTLED.name());
    }

    @PostMapping("/{id}/closing")
    @AllowedRoles({SUPERVISOR, QUALITY, FINANCE})
    @Operation(summary = "Close a claim that has its outcome: settled, or rejected by the supplier (R3)")
    Map<String, String> close(@PathVariable String id, @Valid @RequestBody CloseRequest body) {
        SupplierClaimId claimId = SupplierClaimRequests.claimId(id);
        commands.sendAndWait(body.toCommand(claimId));
        return Map.of("claimId", claimId.value(), "state", SupplierClaimState.CLOSED.name());
    }

    @GetMapping
    @AllowedRoles({SUPERVISOR, QUALITY, FINANCE, MANAGER})
    @Operation(
            summary = "Claims not closed first, newest first; of suppliers whose name contains supplier, in state (R3)")
    List<SupplierClaimSummaryView> list(
            @RequestParam(required = false) String supplier, @RequestParam(required = false) SupplierClaimState state) {
        return queries.query(
                        new FindSupplierClaimsQuery(supplier, state),
                        ResponseTypes.multipleInstancesOf(SupplierClaimSummaryView.class))
                .join();
    }

    @GetMapping("/{id}")
    @AllowedRoles({SUPERVISOR, QUALITY, FINANCE, MANAGER})
    @Operation(summary = "One claim as it stands, with its timeline: who did what, in which role, when (R3, S3)")
    SupplierClaimView one(@PathVariable String id) {
        SupplierClaimView claim = queries.query(
                        new FindSupplierClaimQuery(SupplierClaimRequests.claimId(id)), SupplierClaimView.class)
                .join();
        if (claim == null) {
            throw new UnknownResourceException("no supplier claim " + id);
        }
        return claim;
    }
}
