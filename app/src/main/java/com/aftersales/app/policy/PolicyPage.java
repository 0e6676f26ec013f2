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
import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.api.policy.FindCurrentPolicyQuery;
import com.aftersales.api.policy.FindPolicyVersionQuery;
import com.aftersales.api.policy.PolicyId;
import com.aftersales.api.policy.PolicyVersionView;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.UnknownResourceException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company policy (公司设置, ADR 0010) in readable form: the version in force, every earlier one,
 * and for administrators the form that records the next version, sending the command of
 * {@code PUT /api/policy}. Read by every role, as the API; who recorded a version comes from the
 * policy's history, which only administrators and management read.
 */
@WebPage
class PolicyPage {
    private static final String PAGE = "/admin/policy";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final FormErrors formErrors;
    private final RuleMessages texts;
    private final UserAccounts accounts;
    private final ObjectMapper json;

    PolicyPage(
            CommandGateway commands,
            QueryGateway queries,
            FormErrors formErrors,
            RuleMessages texts,
            UserAccounts accounts,
            ObjectMapper json) {
        this.commands = commands;
        this.queries = queries;
        this.formErrors = formErrors;
        this.texts = texts;
        this.accounts = accounts;
        this.json = json;
    }

    /** One version in the list; who, role and reason are null for those who may not read the history. */
    record VersionRow(int version, Instant recordedAt, String actor, String actorRole, String reason) {}

    @GetMapping(PAGE)
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String policy(Model model) {
        PolicyVersionView current = show(model);
        model.addAttribute("policy", PolicyForm.of(current));
        return "admin/policy";
    }

    @GetMapping(PAGE + "/versions/{version}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String version(@PathVariable int version, Model model) {
        PolicyVersionView shown = find(new FindPolicyVersionQuery(version))
                .orElseThrow(() -> new UnknownResourceException("the policy has no version " + version));
        PolicyVersionView current = find(new FindCurrentPolicyQuery()).orElse(shown);
        model.addAttribute("shown", shown);
        model.addAttribute("current", current);
        model.addAttribute(
                "author",
                versions(current).stream()
                        .filter(row -> row.version() == version)
                        .findFirst()
                        .orElse(null));
        vocabulary(model);
        return "admin/policy-version";
    }

    /** ADR 0010, as {@code PUT /api/policy}: the next version, decided on {@code expectedVersion}. */
    @PostMapping(PAGE)
    @AllowedRoles({ADMIN})
    String change(
            @Valid @ModelAttribute("policy") PolicyForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        boolean done = formErrors.submit(
                binding,
                () -> commands.sendAndWait(new ChangePolicySettingsCommand(
                        PolicyId.COMPANY, form.getExpectedVersion(), form.toSettings(), form.getReason())));
        if (!done) {
            show(model);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "admin/policy";
        }
        flash.addFlashAttribute("flash", texts.text("admin.policy.recorded", form.getExpectedVersion() + 1));
        return "redirect:" + PAGE;
    }

    private PolicyVersionView show(Model model) {
        PolicyVersionView current =
                find(new FindCurrentPolicyQuery()).orElseThrow(() -> new UnknownResourceException("no policy yet"));
        List<VersionRow> versions = versions(current);
        model.addAttribute("current", current);
        model.addAttribute("versions", versions);
        model.addAttribute("author", versions.isEmpty() ? null : versions.get(0));
        vocabulary(model);
        return current;
    }

    private static void vocabulary(Model model) {
        model.addAttribute("urgencies", List.of(Urgency.values()));
        model.addAttribute("categories", List.of(ExpenseCategory.values()));
        model.addAttribute("tiers", List.of(CityTier.values()));
    }

    /** Newest first: from the history for those who may read it (one query), else the numbers alone. */
    private List<VersionRow> versions(PolicyVersionView current) {
        List<VersionRow> rows = new ArrayList<>();
        if (!mayReadHistory()) {
            for (int version = current.version(); version >= 1; version--) {
                rows.add(
                        version == current.version()
                                ? new VersionRow(version, current.recordedAt(), null, null, current.reason())
                                : new VersionRow(version, null, null, null, null));
            }
            return rows;
        }
        Map<String, String> names = accounts.displayNames();
        List<HistoryEntryView> history = queries.query(
                        new FindAggregateHistoryQuery(PolicyId.COMPANY.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        for (HistoryEntryView entry : history) {
            JsonNode payload = payload(entry.payloadJson());
            rows.add(
                    0,
                    new VersionRow(
                            payload.path("version").asInt((int) entry.sequenceNumber() + 1),
                            entry.recordedAt(),
                            names.getOrDefault(entry.actorUserId(), entry.actorUserId()),
                            entry.actorRole(),
                            payload.path("reason").asText(null)));
        }
        return rows;
    }

    private static boolean mayReadHistory() {
        return ActingUser.current()
                .map(actor ->
                        ADMIN.name().equals(actor.role()) || MANAGER.name().equals(actor.role()))
                .orElse(false);
    }

    private JsonNode payload(String payloadJson) {
        try {
            return json.readTree(payloadJson);
        } catch (JsonProcessingException unreadable) {
            return json.createObjectNode();
        }
    }

    private Optional<PolicyVersionView> find(Object query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(PolicyVersionView.class))
                .join();
    }
}
