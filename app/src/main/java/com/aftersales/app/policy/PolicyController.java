package com.aftersales.app.policy;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.policy.ChangePolicySettingsCommand;
import com.aftersales.api.policy.FindCurrentPolicyQuery;
import com.aftersales.api.policy.FindPolicyVersionQuery;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.PolicyVersionView;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The company policy: every number of the business rules, as numbered versions (ADR 0010). Every
 * member of staff may read it; administrators change it, each change a new version with a reason.
 */
@RestController
@RequestMapping("/api/policy")
@Tag(name = "Company policy", description = "公司设置: SLA (T3, T10), 维修 (R2, R4, R6, R12), 投诉 (C4), 费用上限 (X5)")
class PolicyController {
    private final CommandGateway commands;
    private final QueryGateway queries;

    PolicyController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The next version: decided on {@code expectedVersion}, replacing it with {@code settings}, because of {@code reason}. */
    record PolicyChangeRequest(
            @NotNull @PositiveOrZero Integer expectedVersion,
            @NotNull PolicySettings settings,
            @NotBlank @Size(max = 500) String reason) {}

    @GetMapping
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "The policy version in force: its number and all its settings")
    PolicyVersionView current() {
        return find(new FindCurrentPolicyQuery()).orElseThrow(() -> new UnknownResourceException("no policy yet"));
    }

    @GetMapping("/versions/{version}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "One version of the policy, as it was recorded; a version never changes")
    PolicyVersionView version(@PathVariable int version) {
        return find(new FindPolicyVersionQuery(version))
                .orElseThrow(() -> new UnknownResourceException("the policy has no version " + version));
    }

    @PutMapping
    @AllowedRoles({ADMIN})
    @Operation(
            summary = "Record the next version of the policy: all settings, the version decided on, and why."
                    + " A stale expectedVersion is refused (rule-STALE_POLICY_VERSION, naming the current one)")
    PolicyVersionView change(@Valid @RequestBody PolicyChangeRequest body) {
        commands.sendAndWait(new ChangePolicySettingsCommand(
                PolicyId.COMPANY, body.expectedVersion(), body.settings(), body.reason()));
        return version(body.expectedVersion() + 1);
    }

    @GetMapping("/history")
    @AllowedRoles({ADMIN, MANAGER})
    @Operation(summary = "Every change of the policy: what, when, by whom, in which role (S3)")
    List<HistoryEntryView> history() {
        return queries.query(
                        new FindAggregateHistoryQuery(PolicyId.COMPANY.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
    }

    private Optional<PolicyVersionView> find(Object query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(PolicyVersionView.class))
                .join();
    }
}
