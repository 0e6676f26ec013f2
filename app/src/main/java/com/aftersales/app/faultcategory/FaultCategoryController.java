package com.aftersales.app.faultcategory;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.faultcategory.FaultCategoryListId;
import com.aftersales.api.faultcategory.FaultCategoryView;
import com.aftersales.api.faultcategory.FindFaultCategoriesQuery;
import com.aftersales.api.faultcategory.ReinstateFaultCategoryCommand;
import com.aftersales.api.faultcategory.RetireFaultCategoryCommand;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.app.faultcategory.FaultCategoryRequests.DefineCategoryRequest;
import com.aftersales.app.faultcategory.FaultCategoryRequests.ReasonRequest;
import com.aftersales.app.faultcategory.FaultCategoryRequests.RenameCategoryRequest;
import com.aftersales.app.security.AllowedRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R3: the maintained list of fault categories a diagnosis chooses from. Administrators and quality
 * keep it; everyone signed in reads it.
 */
@RestController
@RequestMapping("/api/fault-categories")
@Tag(name = "Fault categories", description = "故障分类, RULES R3")
class FaultCategoryController {
    private final CommandGateway commands;
    private final QueryGateway queries;

    FaultCategoryController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "The fault categories by code; the retired ones too with includeRetired=true (R3)")
    List<FaultCategoryView> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
        return queries.query(
                        new FindFaultCategoriesQuery(includeRetired),
                        ResponseTypes.multipleInstancesOf(FaultCategoryView.class))
                .join();
    }

    @PostMapping
    @AllowedRoles({ADMIN, QUALITY})
    @Operation(summary = "Define a category: code (kept for ever), names, fault type, core component (R3, R9)")
    ResponseEntity<Map<String, String>> define(@Valid @RequestBody DefineCategoryRequest body) {
        commands.sendAndWait(body.toCommand());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("code", body.code()));
    }

    @PutMapping("/{code}")
    @AllowedRoles({ADMIN, QUALITY})
    @Operation(summary = "Rename a category; its code, fault type and core-component flag stay (R3)")
    Map<String, String> rename(@PathVariable String code, @Valid @RequestBody RenameCategoryRequest body) {
        commands.sendAndWait(body.toCommand(FaultCategoryRequests.code(code)));
        return Map.of("code", code);
    }

    @PostMapping("/{code}/retirement")
    @AllowedRoles({ADMIN, QUALITY})
    @Operation(summary = "Retire a category: not offered to new diagnoses, kept by those that chose it (R3)")
    Map<String, String> retire(@PathVariable String code, @Valid @RequestBody ReasonRequest body) {
        commands.sendAndWait(new RetireFaultCategoryCommand(FaultCategoryRequests.code(code), body.reason()));
        return Map.of("code", code, "active", "false");
    }

    @PostMapping("/{code}/reinstatement")
    @AllowedRoles({ADMIN, QUALITY})
    @Operation(summary = "Offer a retired category to new diagnoses again (R3)")
    Map<String, String> reinstate(@PathVariable String code, @Valid @RequestBody ReasonRequest body) {
        commands.sendAndWait(new ReinstateFaultCategoryCommand(FaultCategoryRequests.code(code), body.reason()));
        return Map.of("code", code, "active", "true");
    }

    @GetMapping("/history")
    @AllowedRoles({ADMIN, QUALITY, MANAGER})
    @Operation(summary = "Every change of the list: what, when, by whom, in which role (R3, S3)")
    List<HistoryEntryView> history() {
        return queries.query(
                        new FindAggregateHistoryQuery(FaultCategoryListId.THE_LIST.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
    }
}
