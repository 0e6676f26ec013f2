package com.aftersales.app.penalty;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.penalty.AppealOutcome;
import com.aftersales.api.penalty.FindPenaltyEvidenceQuery;
import com.aftersales.api.penalty.FindPenaltyRegisterQuery;
import com.aftersales.api.penalty.PenaltyEvidenceView;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.api.penalty.PenaltyStatus;
import com.aftersales.api.penalty.PenaltySummaryView;
import com.aftersales.api.penalty.PenaltyView;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.penalty.PenaltyRequests.AppealDecisionRequest;
import com.aftersales.app.penalty.PenaltyRequests.AppealRequest;
import com.aftersales.app.penalty.PenaltyRequests.DecisionRequest;
import com.aftersales.app.penalty.PenaltyRequests.RevocationRequest;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The penalty register and one penalty's page (P1–P3): its facts with who, role and when, its
 * evidence, and the forms each role may use on it: a MANAGER decides, decides an appeal and
 * revokes; the penalised engineer appeals. Each handler allows the roles of its {@link
 * PenaltyController} twin, reads and writes through the same messages.
 */
@WebPage
class PenaltyPages {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UserAccounts accounts;
    private final FormErrors forms;
    private final RuleMessages messages;

    PenaltyPages(
            CommandGateway commands,
            QueryGateway queries,
            UserAccounts accounts,
            FormErrors forms,
            RuleMessages messages) {
        this.commands = commands;
        this.queries = queries;
        this.accounts = accounts;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/penalties")
    @AllowedRoles({MANAGER, QUALITY, SUPERVISOR, ENGINEER})
    String register(
            @RequestParam(required = false) String engineerId, @ModelAttribute("me") CurrentPerson me, Model model) {
        List<PenaltySummaryView> penalties = queries.query(
                        new FindPenaltyRegisterQuery(PenaltyController.readableBy(engineerId)),
                        ResponseTypes.multipleInstancesOf(PenaltySummaryView.class))
                .join();
        Map<String, String> names = accounts.displayNames();
        Map<String, String> engineers = new TreeMap<>();
        accounts.all().stream()
                .filter(account -> account.holds(com.aftersales.api.common.Role.ENGINEER))
                .forEach(account -> engineers.put(account.userId(), account.displayName()));
        model.addAttribute("penalties", penalties);
        model.addAttribute("names", names);
        model.addAttribute("engineers", engineers);
        model.addAttribute("engineerId", engineerId == null ? "" : engineerId);
        return "penalties/register";
    }

    @GetMapping("/penalties/{penaltyId}")
    @AllowedRoles({MANAGER, QUALITY, SUPERVISOR, ENGINEER})
    String penalty(@PathVariable String penaltyId, @ModelAttribute("me") CurrentPerson me, Model model) {
        return page(penaltyId, me, model);
    }

    @PostMapping("/penalties/{penaltyId}/decision")
    @AllowedRoles({MANAGER})
    String decide(
            @PathVariable String penaltyId,
            @Valid @ModelAttribute("decidePenalty") DecisionRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        PenaltyId penalty = PenaltyController.parse(penaltyId);
        return submit(
                penalty,
                binding,
                () -> commands.sendAndWait(form.command(penalty)),
                "decidePenalty",
                "penalties.flash.decided",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/penalties/{penaltyId}/appeal")
    @AllowedRoles({ENGINEER})
    String appeal(
            @PathVariable String penaltyId,
            @Valid @ModelAttribute("appealPenalty") AppealRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        PenaltyId penalty = PenaltyController.parse(penaltyId);
        return submit(
                penalty,
                binding,
                () -> commands.sendAndWait(form.command(penalty)),
                "appealPenalty",
                "penalties.flash.appealed",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/penalties/{penaltyId}/appeal-decision")
    @AllowedRoles({MANAGER})
    String decideAppeal(
            @PathVariable String penaltyId,
            @Valid @ModelAttribute("decideAppeal") AppealDecisionRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        PenaltyId penalty = PenaltyController.parse(penaltyId);
        return submit(
                penalty,
                binding,
                () -> commands.sendAndWait(form.command(penalty)),
                "decideAppeal",
                "penalties.flash.appealDecided",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/penalties/{penaltyId}/revocation")
    @AllowedRoles({MANAGER})
    String revoke(
            @PathVariable String penaltyId,
            @Valid @ModelAttribute("revokePenalty") RevocationRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        PenaltyId penalty = PenaltyController.parse(penaltyId);
        return submit(
                penalty,
                binding,
                () -> commands.sendAndWait(form.command(penalty)),
                "revokePenalty",
                "penalties.flash.revoked",
                me,
                model,
                flash,
                response);
    }

    private String submit(
            PenaltyId penalty,
            BindingResult binding,
            Runnable command,
            String form,
            String done,
            CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        int factsBefore =
                PenaltyController.find(queries, penalty.value()).facts().size();
        if (!forms.submit(binding, command)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", form);
            return page(penalty.value(), me, model);
        }
        ReadYourWrites.await(
                () -> PenaltyController.find(queries, penalty.value()),
                shown -> shown.facts().size() > factsBefore);
        flash.addFlashAttribute("flash", messages.text(done));
        return "redirect:/penalties/" + penalty.value();
    }

    private String page(String penaltyId, CurrentPerson me, Model model) {
        PenaltyView penalty = PenaltyController.find(queries, penaltyId);
        PenaltyStatus status = penalty.summary().status();
        boolean manager = me != null && me.actsAs(MANAGER.name());
        boolean subject = me != null
                && me.actsAs(ENGINEER.name())
                && penalty.summary().subjectId().equals(me.userId());
        boolean appealed = penalty.facts().stream().anyMatch(f -> f.eventType().equals("PenaltyAppealedEvent"));
        model.addAttribute("penalty", penalty);
        model.addAttribute(
                "evidence",
                queries.query(
                                new FindPenaltyEvidenceQuery(PenaltyController.parse(
                                        penalty.summary().penaltyId())),
                                ResponseTypes.instanceOf(PenaltyEvidenceView.class))
                        .join());
        model.addAttribute("names", accounts.displayNames());
        model.addAttribute("kinds", PenaltyKind.values());
        model.addAttribute("outcomes", AppealOutcome.values());
        if (manager && status == PenaltyStatus.PROPOSED && !model.containsAttribute("decidePenalty")) {
            model.addAttribute("decidePenalty", new DecisionRequest(null, null, null, null));
        }
        if (manager && status == PenaltyStatus.APPEALED && !model.containsAttribute("decideAppeal")) {
            model.addAttribute("decideAppeal", new AppealDecisionRequest(null, null));
        }
        if (manager
                && (status == PenaltyStatus.IMPOSED || status == PenaltyStatus.APPEALED)
                && !model.containsAttribute("revokePenalty")) {
            model.addAttribute("revokePenalty", new RevocationRequest(null));
        }
        if (subject && status == PenaltyStatus.IMPOSED && !appealed && !model.containsAttribute("appealPenalty")) {
            model.addAttribute("appealPenalty", new AppealRequest(null));
        }
        return "penalties/detail";
    }
}
