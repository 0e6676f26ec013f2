package com.aftersales.app.organisation;

import static com.aftersales.api.common.Role.ADMIN;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.organisation.AssignSuperiorCommand;
import com.aftersales.api.organisation.FindOrganisationChartQuery;
import com.aftersales.api.organisation.RemoveSuperiorCommand;
import com.aftersales.api.organisation.ReportingLineView;
import com.aftersales.app.admin.AdminActions;
import com.aftersales.app.organisation.OrganisationController.SuperiorRequest;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.security.Staff;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users and roles (用户与角色), for administrators: who may sign in, in which roles, and whom each
 * escalates to (T8). Roles and accounts change in {@link UserAccounts} with an audit row each; the
 * superior through the organisation chart's commands, exactly as {@link OrganisationController}.
 */
@WebPage
class UsersPage {
    private static final String PAGE = "/admin/users";
    private static final int CHANGES_SHOWN = 30;

    private final UserAccounts accounts;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Staff staff;
    private final AdminActions actions;
    private final FormErrors formErrors;
    private final RuleMessages texts;

    UsersPage(
            UserAccounts accounts,
            CommandGateway commands,
            QueryGateway queries,
            Staff staff,
            AdminActions actions,
            FormErrors formErrors,
            RuleMessages texts) {
        this.accounts = accounts;
        this.commands = commands;
        this.queries = queries;
        this.staff = staff;
        this.actions = actions;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    /** A new person: the password is set here once, and never shown again. */
    record NewUser(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,64}")
            String userId,

            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}")
            String username,

            @NotBlank @Size(max = 255) String displayName,
            @NotBlank @Size(min = 8, max = 128) String password,
            List<Role> roles) {
        List<Role> rolesOrNone() {
            return roles == null ? List.of() : roles;
        }
    }

    @GetMapping(PAGE)
    @AllowedRoles({ADMIN})
    String users(Model model) {
        model.addAttribute("newUser", new NewUser(null, null, null, null, List.of()));
        model.addAttribute("newUserOpen", false);
        return show(model);
    }

    @PostMapping(PAGE)
    @AllowedRoles({ADMIN})
    String create(
            @Valid @ModelAttribute("newUser") NewUser newUser,
            BindingResult form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        boolean done = formErrors.submit(
                form,
                () -> accounts.create(
                        newUser.userId(),
                        newUser.username(),
                        newUser.displayName(),
                        newUser.password(),
                        newUser.rolesOrNone(),
                        actor()));
        if (!done) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("newUserOpen", true);
            return show(model);
        }
        flash.addFlashAttribute("flash", texts.text("admin.users.created", newUser.userId()));
        return "redirect:" + back(newUser.userId());
    }

    private String show(Model model) {
        List<UserAccounts.UserAccount> users = accounts.all();
        Map<String, String> names = new HashMap<>();
        users.forEach(user -> names.put(user.userId(), user.displayName()));
        Map<String, String> superiors = new HashMap<>();
        queries.query(new FindOrganisationChartQuery(), ResponseTypes.multipleInstancesOf(ReportingLineView.class))
                .join()
                .forEach(line -> superiors.put(line.personId(), line.superiorId()));
        model.addAttribute("users", users);
        model.addAttribute("names", names);
        model.addAttribute("superiors", superiors);
        model.addAttribute("allRoles", List.of(Role.values()));
        model.addAttribute("changes", accounts.latestChanges(CHANGES_SHOWN));
        return "admin/users";
    }

    @PostMapping(PAGE + "/{userId}/roles")
    @AllowedRoles({ADMIN})
    String grant(@PathVariable String userId, @RequestParam Role role, RedirectAttributes flash) {
        return actions.run(back(userId), flash, () -> {
            accounts.grant(userId, role, actor());
            return texts.text("admin.users.granted", roleLabel(role), userId);
        });
    }

    @PostMapping(PAGE + "/{userId}/roles/revocation")
    @AllowedRoles({ADMIN})
    String revoke(@PathVariable String userId, @RequestParam Role role, RedirectAttributes flash) {
        return actions.run(back(userId), flash, () -> {
            accounts.revoke(userId, role, actor());
            return texts.text("admin.users.revoked", roleLabel(role), userId);
        });
    }

    @PostMapping(PAGE + "/{userId}/enabled")
    @AllowedRoles({ADMIN})
    String enable(@PathVariable String userId, @RequestParam boolean enabled, RedirectAttributes flash) {
        return actions.run(back(userId), flash, () -> {
            accounts.enable(userId, enabled, actor());
            return texts.text(enabled ? "admin.users.enabledNow" : "admin.users.disabledNow", userId);
        });
    }

    /** T8, as {@code PUT /api/organisation/superiors/{personId}}. */
    @PostMapping(PAGE + "/{personId}/superior")
    @AllowedRoles({ADMIN})
    String assignSuperior(
            @PathVariable String personId,
            @Valid @ModelAttribute SuperiorRequest body,
            BindingResult form,
            RedirectAttributes flash) {
        return actions.run(back(personId), flash, () -> {
            if (form.hasErrors()) {
                throw new BusinessRuleViolation("T8", "UNKNOWN_USER", "choose the superior from the list");
            }
            staff.requireUser(personId, "T8");
            staff.requireUser(body.superiorId(), "T8");
            commands.sendAndWait(new AssignSuperiorCommand(new UserId(personId), new UserId(body.superiorId())));
            return texts.text("admin.users.superiorAssigned", body.superiorId(), personId);
        });
    }

    /** T8, as {@code DELETE /api/organisation/superiors/{personId}}. */
    @PostMapping(PAGE + "/{personId}/superior/removal")
    @AllowedRoles({ADMIN})
    String removeSuperior(@PathVariable String personId, RedirectAttributes flash) {
        return actions.run(back(personId), flash, () -> {
            commands.sendAndWait(new RemoveSuperiorCommand(new UserId(personId)));
            return texts.text("admin.users.superiorRemoved", personId);
        });
    }

    private static String back(String userId) {
        return PAGE + "#user-" + userId;
    }

    private String roleLabel(Role role) {
        return texts.text("enum.Role." + role.name());
    }

    private static ActingUser actor() {
        return ActingUser.current().orElseThrow(() -> new IllegalStateException("no acting user on a guarded page"));
    }
}
