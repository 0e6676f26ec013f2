package com.aftersales.app.supplier;

import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.faultcategory.FaultCategoryView;
import com.aftersales.api.faultcategory.FindFaultCategoriesQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.supplier.FindSupplierClaimQuery;
import com.aftersales.api.supplier.FindSupplierClaimsQuery;
import com.aftersales.api.supplier.OpenSupplierClaimCommand;
import com.aftersales.api.supplier.SettlementKind;
import com.aftersales.api.supplier.SupplierAnswer;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.api.supplier.SupplierClaimState;
import com.aftersales.api.supplier.SupplierClaimStepView;
import com.aftersales.api.supplier.SupplierClaimSummaryView;
import com.aftersales.api.supplier.SupplierClaimView;
import com.aftersales.app.contract.HistoryLines;
import com.aftersales.app.contract.HistoryLines.HistoryLine;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.supplier.SupplierClaimRequests.AnswerRequest;
import com.aftersales.app.supplier.SupplierClaimRequests.CloseRequest;
import com.aftersales.app.supplier.SupplierClaimRequests.OpenClaimRequest;
import com.aftersales.app.supplier.SupplierClaimRequests.SendClaimRequest;
import com.aftersales.app.supplier.SupplierClaimRequests.SettlementRequest;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supplier claims' pages (R3): the list, with the form that opens a claim for supervisors and
 * quality, and one claim with its timeline and the form of its next step for the role that takes
 * it. Each handler allows the roles of its {@link SupplierClaimController} twin and sends the same
 * command from the same request record; a refusal goes back into the form ({@link FormErrors}).
 */
@WebPage
class SupplierClaimPages {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final HistoryLines historyLines;
    private final FormErrors forms;
    private final RuleMessages messages;
    private final Clock clock;

    SupplierClaimPages(
            CommandGateway commands,
            QueryGateway queries,
            HistoryLines historyLines,
            FormErrors forms,
            RuleMessages messages,
            Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.historyLines = historyLines;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    /** Evidence ids one per line (or separated by commas); blank lines are left out. */
    @InitBinder("openClaim")
    void readEvidenceLines(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, "evidenceIds", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(
                        text == null
                                ? List.of()
                                : Arrays.stream(text.split("[\\r\\n,]+"))
                                        .map(String::strip)
                                        .filter(line -> !line.isEmpty())
                                        .toList());
            }

            @Override
            @SuppressWarnings("unchecked")
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : String.join("\n", (List<String>) value);
            }
        });
    }

    @GetMapping("/supplier-claims")
    @AllowedRoles({SUPERVISOR, QUALITY, FINANCE, MANAGER})
    String list(
            @RequestParam(required = false) String supplier,
            @RequestParam(required = false) SupplierClaimState state,
            @ModelAttribute("me") CurrentPerson me,
            Model model) {
        model.addAttribute("openClaim", new OpenClaimRequest(null, null, null, null, null, null, List.of()));
        return listPage(supplier, state, me, model);
    }

    @PostMapping("/supplier-claims")
    @AllowedRoles({SUPERVISOR, QUALITY})
    String open(
            @Valid @ModelAttribute("openClaim") OpenClaimRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        AtomicReference<OpenSupplierClaimCommand> sent = new AtomicReference<>();
        AtomicReference<Boolean> opened = new AtomicReference<>(false);
        if (!forms.submit(binding, () -> {
            OpenSupplierClaimCommand command = form.toCommand();
            sent.set(command);
            opened.set(commands.sendAndWait(command));
        })) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", "openClaim");
            return listPage(null, null, me, model);
        }
        SupplierClaimId id = sent.get().claimId();
        awaitShown(id, claim -> true);
        flash.addFlashAttribute(
                "flash",
                messages.text(
                        Boolean.TRUE.equals(opened.get())
                                ? "supplierClaims.flash.opened"
                                : "supplierClaims.flash.alreadyOpen",
                        form.supplierName()));
        return "redirect:/supplier-claims/" + id.value();
    }

    @GetMapping("/supplier-claims/{id}")
    @AllowedRoles({SUPERVISOR, QUALITY, FINANCE, MANAGER})
    String detail(@PathVariable String id, @ModelAttribute("me") CurrentPerson me, Model model) {
        return detailPage(SupplierClaimRequests.claimId(id), me, model);
    }

    @PostMapping("/supplier-claims/{id}/sending")
    @AllowedRoles({SUPERVISOR, QUALITY})
    String send(
            @PathVariable String id,
            @Valid @ModelAttribute("sendClaim") SendClaimRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        SupplierClaimId claimId = SupplierClaimRequests.claimId(id);
        return step(
                claimId,
                binding,
                () -> commands.sendAndWait(form.toCommand(claimId, clock.instant())),
                "sendClaim",
                SupplierClaimState.SENT_TO_PURCHASING,
                "supplierClaims.flash.sent",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/supplier-claims/{id}/answer")
    @AllowedRoles({SUPERVISOR, QUALITY})
    String answer(
            @PathVariable String id,
            @Valid @ModelAttribute("answerClaim") AnswerRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        SupplierClaimId claimId = SupplierClaimRequests.claimId(id);
        return step(
                claimId,
                binding,
                () -> commands.sendAndWait(form.toCommand(claimId)),
                "answerClaim",
                SupplierClaimState.ANSWERED,
                "supplierClaims.flash.answered",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/supplier-claims/{id}/settlement")
    @AllowedRoles({FINANCE})
    String settle(
            @PathVariable String id,
            @Valid @ModelAttribute("settleClaim") SettlementRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        SupplierClaimId claimId = SupplierClaimRequests.claimId(id);
        return step(
                claimId,
                binding,
                () -> commands.sendAndWait(form.toCommand(claimId)),
                "settleClaim",
                SupplierClaimState.SETTLED,
                "supplierClaims.flash.settled",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/supplier-claims/{id}/closing")
    @AllowedRoles({SUPERVISOR, QUALITY, FINANCE})
    String close(
            @PathVariable String id,
            @Valid @ModelAttribute("closeClaim") CloseRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        SupplierClaimId claimId = SupplierClaimRequests.claimId(id);
        return step(
                claimId,
                binding,
                () -> commands.sendAndWait(form.toCommand(claimId)),
                "closeClaim",
                SupplierClaimState.CLOSED,
                "supplierClaims.flash.closed",
                me,
                model,
                flash,
                response);
    }

    /** A step's form: on success back to the claim showing it; refused, the claim again with the form open (422). */
    private String step(
            SupplierClaimId claimId,
            BindingResult binding,
            Runnable command,
            String form,
            SupplierClaimState reached,
            String flashKey,
            CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        if (!forms.submit(binding, command)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", form);
            return detailPage(claimId, me, model);
        }
        awaitShown(claimId, claim -> claim.state() == reached);
        flash.addFlashAttribute("flash", messages.text(flashKey));
        return "redirect:/supplier-claims/" + claimId.value();
    }

    private String listPage(String supplier, SupplierClaimState state, CurrentPerson me, Model model) {
        List<SupplierClaimSummaryView> claims = queries.query(
                        new FindSupplierClaimsQuery(supplier, state),
                        ResponseTypes.multipleInstancesOf(SupplierClaimSummaryView.class))
                .join();
        model.addAttribute("claims", claims);
        model.addAttribute("supplier", supplier);
        model.addAttribute("state", state);
        model.addAttribute("states", SupplierClaimState.values());
        boolean opener = me != null && me.actsAsAnyOf(SUPERVISOR.name(), QUALITY.name());
        model.addAttribute("opener", opener);
        if (opener) {
            model.addAttribute(
                    "categories",
                    queries.query(
                                    new FindFaultCategoriesQuery(false),
                                    ResponseTypes.multipleInstancesOf(FaultCategoryView.class))
                            .join());
        }
        return "supplier/claims";
    }

    /** The claim with the form of its next step for the role that takes it; a sent form keeps what was typed. */
    private String detailPage(SupplierClaimId id, CurrentPerson me, Model model) {
        SupplierClaimView claim = queries.query(new FindSupplierClaimQuery(id), SupplierClaimView.class)
                .join();
        if (claim == null) {
            throw new UnknownResourceException("no supplier claim " + id);
        }
        model.addAttribute("claim", claim);
        model.addAttribute("timeline", timeline(claim.timeline()));
        boolean handler = me != null && me.actsAsAnyOf(SUPERVISOR.name(), QUALITY.name());
        boolean finance = me != null && me.actsAs(FINANCE.name());
        SupplierClaimState state = claim.state();
        boolean accepted = claim.answer() != null && claim.answer() != SupplierAnswer.REJECTED;
        if (handler && state == SupplierClaimState.OPEN && !model.containsAttribute("sendClaim")) {
            model.addAttribute("sendClaim", new SendClaimRequest(null, null));
        }
        if (handler && state == SupplierClaimState.SENT_TO_PURCHASING && !model.containsAttribute("answerClaim")) {
            model.addAttribute("answerClaim", new AnswerRequest(SupplierAnswer.ACCEPTED, null, null));
        }
        if (finance && state == SupplierClaimState.ANSWERED && accepted && !model.containsAttribute("settleClaim")) {
            model.addAttribute("settleClaim", new SettlementRequest(SettlementKind.CREDIT_NOTE, null, null, null));
        }
        boolean closable = state == SupplierClaimState.SETTLED
                || state == SupplierClaimState.ANSWERED && claim.answer() == SupplierAnswer.REJECTED;
        if ((handler || finance) && closable && !model.containsAttribute("closeClaim")) {
            model.addAttribute("closeClaim", new CloseRequest(null));
        }
        model.addAttribute("answers", SupplierAnswer.values());
        model.addAttribute("settlementKinds", SettlementKind.values());
        return "supplier/claim";
    }

    /** The steps with the actors' names, read in one query for the whole timeline. */
    private List<ClaimStepLine> timeline(List<SupplierClaimStepView> steps) {
        List<HistoryLine> named = historyLines.of(steps.stream()
                .map(step -> new HistoryEntryView(
                        step.sequenceNumber(),
                        step.eventType(),
                        step.recordedAt(),
                        step.actorUserId(),
                        step.actorRole(),
                        null,
                        null))
                .toList());
        List<ClaimStepLine> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            SupplierClaimStepView step = steps.get(i);
            lines.add(new ClaimStepLine(
                    step.eventType(),
                    step.recordedAt(),
                    step.actorUserId(),
                    named.get(i).actorName(),
                    step.actorRole(),
                    step.note()));
        }
        return lines;
    }

    /** The claim the person is sent to shows the step they just took ({@link ReadYourWrites}). */
    private void awaitShown(SupplierClaimId id, Predicate<SupplierClaimView> shown) {
        ReadYourWrites.await(
                () -> queries.query(new FindSupplierClaimQuery(id), SupplierClaimView.class)
                        .join(),
                claim -> claim != null && shown.test(claim));
    }
}
