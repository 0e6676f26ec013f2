package com.aftersales.app.contract;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.contract.FindServiceContractQuery;
import com.aftersales.api.contract.FindServiceContractsQuery;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.contract.ServiceContractView;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * T13: customers' service contracts, which replace the T3 hours for the units they cover. Managers
 * and administrators keep them; the desk reads them.
 */
@RestController
@RequestMapping("/api/contracts")
@Tag(name = "Service contracts", description = "服务合同, RULES T13")
class ContractController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CustomerContacts customers;

    ContractController(CommandGateway commands, QueryGateway queries, CustomerContacts customers) {
        this.commands = commands;
        this.queries = queries;
        this.customers = customers;
    }

    /** The contract and the version a change made. */
    record ContractVersion(String contractId, int version) {}

    @PostMapping
    @AllowedRoles({MANAGER, ADMIN})
    @Operation(summary = "Register a service contract: its units, period and terms (T13); answers its id and version 1")
    ResponseEntity<ContractVersion> register(@Valid @RequestBody RegisterContractRequest body) {
        if (!customers.exists(body.customerId())) {
            throw new InvalidFieldException("customerId", body.customerId() + " is not a known customer");
        }
        ServiceContractId id = ServiceContractId.random();
        Integer version = commands.sendAndWait(body.toCommand(id));
        return ResponseEntity.created(URI.create("/api/contracts/" + id))
                .body(new ContractVersion(id.value(), version));
    }

    @PutMapping("/{id}")
    @AllowedRoles({MANAGER, ADMIN})
    @Operation(summary = "Amend a contract: its units, last day and terms from now on, with a reason (T13)")
    ContractVersion amend(@PathVariable String id, @Valid @RequestBody AmendContractRequest body) {
        ServiceContractId contractId = ContractRequests.contractId(id);
        Integer version = commands.sendAndWait(body.toCommand(contractId));
        return new ContractVersion(id, version);
    }

    @PostMapping("/{id}/termination")
    @AllowedRoles({MANAGER, ADMIN})
    @Operation(summary = "End a contract early: its last day, within its period, with a reason (T13)")
    ContractVersion terminate(@PathVariable String id, @Valid @RequestBody TerminateContractRequest body) {
        ServiceContractId contractId = ContractRequests.contractId(id);
        Integer version = commands.sendAndWait(body.toCommand(contractId));
        return new ContractVersion(id, version);
    }

    @GetMapping
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, MANAGER, ADMIN})
    @Operation(summary = "Service contracts, of one customer and/or in force on a day (YYYY-MM-DD) (T13)")
    List<ServiceContractView> list(
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn) {
        return queries.query(
                        new FindServiceContractsQuery(ContractRequests.customerId("customerId", customerId), activeOn),
                        ResponseTypes.multipleInstancesOf(ServiceContractView.class))
                .join();
    }

    @GetMapping("/{id}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, MANAGER, ADMIN})
    @Operation(summary = "One service contract as it stands now (T13)")
    ServiceContractView one(@PathVariable String id) {
        ServiceContractView contract = queries.query(
                        new FindServiceContractQuery(ContractRequests.contractId(id)), ServiceContractView.class)
                .join();
        if (contract == null) {
            throw new UnknownResourceException("no service contract " + id);
        }
        return contract;
    }

    @GetMapping("/{id}/history")
    @AllowedRoles({MANAGER, ADMIN})
    @Operation(summary = "Every version of a contract: what changed, when, by whom, in which role (T13, S3)")
    List<HistoryEntryView> history(@PathVariable String id) {
        List<HistoryEntryView> history = queries.query(
                        new FindAggregateHistoryQuery(
                                ContractRequests.contractId(id).value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        if (history.isEmpty()) {
            throw new UnknownResourceException("no service contract " + id);
        }
        return history;
    }
}
