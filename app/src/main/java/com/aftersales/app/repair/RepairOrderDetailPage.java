package com.aftersales.app.repair;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.faultcategory.FaultCategoryView;
import com.aftersales.api.faultcategory.FindFaultCategoriesQuery;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.policy.FindCurrentPolicyQuery;
import com.aftersales.api.policy.PolicyVersionView;
import com.aftersales.api.repair.EngineerLevel;
import com.aftersales.api.repair.ExchangeCondition;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.FindRepairOrderQuery;
import com.aftersales.api.repair.RefundCondition;
import com.aftersales.api.repair.RepairDifficulty;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepairOrderState;
import com.aftersales.api.repair.RepairOrderView;
import com.aftersales.app.contract.HistoryLines;
import com.aftersales.app.contract.HistoryLines.HistoryLine;
import com.aftersales.app.customer.CustomerNames;
import com.aftersales.app.repair.RepairOrderController.ApproveReInspectionRequest;
import com.aftersales.app.repair.RepairOrderController.CausesRequest;
import com.aftersales.app.repair.RepairOrderController.CheckRequest;
import com.aftersales.app.repair.RepairOrderController.ConfirmRequest;
import com.aftersales.app.repair.RepairOrderController.DiagnosisRequest;
import com.aftersales.app.repair.RepairOrderController.ExchangeRequest;
import com.aftersales.app.repair.RepairOrderController.InspectionResult;
import com.aftersales.app.repair.RepairOrderController.NoteRequest;
import com.aftersales.app.repair.RepairOrderController.NoticeRequest;
import com.aftersales.app.repair.RepairOrderController.OutsourceRequest;
import com.aftersales.app.repair.RepairOrderController.PartRequest;
import com.aftersales.app.repair.RepairOrderController.PaymentRequest;
import com.aftersales.app.repair.RepairOrderController.QuoteRequest;
import com.aftersales.app.repair.RepairOrderController.ReasonRequest;
import com.aftersales.app.repair.RepairOrderController.RefundRequest;
import com.aftersales.app.repair.RepairOrderController.ShipmentRequest;
import com.aftersales.app.repair.RepairOrderController.StationReturnRequest;
import com.aftersales.app.repair.RepairOrderController.WorkRequest;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.UiTime;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.UnknownResourceException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One repair order (R1–R14): its facts, clocks and decisions, its timeline (who, in which role,
 * when: S3), and the forms of the steps the acting role may take now. Each form is the API's
 * request record, posted to {@code /repairs/{id}/<the API's step>} and handed to the same
 * {@link RepairOrderController} handler, so the page sends exactly the API's command after exactly
 * its checks; a refusal comes back into the form ({@link FormErrors}) with nothing stored.
 */
@WebPage
class RepairOrderDetailPage {
    /** Open (not completed, exchanged or refunded). */
    private static final Set<RepairOrderState> CLOSED =
            Set.of(RepairOrderState.COMPLETED, RepairOrderState.EXCHANGED, RepairOrderState.REFUNDED);

    /** R4: a diagnosis may be disputed until the repair begins. */
    private static final Set<RepairOrderState> DISPUTABLE = Set.of(
            RepairOrderState.AWAITING_QUOTE,
            RepairOrderState.AWAITING_CONFIRMATION,
            RepairOrderState.AWAITING_PAYMENT,
            RepairOrderState.AWAITING_REPAIR);

    private static final CausesRequest NO_CAUSES = new CausesRequest(false, false, false, false, false, false, null);

    private final RepairOrderController api;
    private final QueryGateway queries;
    private final HistoryLines historyLines;
    private final RepairPeople people;
    private final CustomerNames customerNames;
    private final FormErrors forms;
    private final RuleMessages messages;
    private final ObjectMapper json;
    private final UiTime uiTime;
    private final SpringValidatorAdapter validator;

    RepairOrderDetailPage(
            RepairOrderController api,
            QueryGateway queries,
            HistoryLines historyLines,
            RepairPeople people,
            CustomerNames customerNames,
            FormErrors forms,
            RuleMessages messages,
            ObjectMapper json,
            UiTime uiTime,
            jakarta.validation.Validator validator) {
        this.api = api;
        this.queries = queries;
        this.historyLines = historyLines;
        this.people = people;
        this.customerNames = customerNames;
        this.forms = forms;
        this.messages = messages;
        this.json = json;
        this.uiTime = uiTime;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/repairs/{id}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER})
    String detail(@PathVariable String id, @ModelAttribute("me") CurrentPerson me, Model model) {
        return page(id, me, model);
    }

    // ---------------------------------------------------------------- R3 diagnosis and notice, R4

    @PostMapping("/repairs/{id}/diagnosis")
    @AllowedRoles({ENGINEER})
    String diagnose(
            @PathVariable String id,
            @Valid @ModelAttribute("diagnosis") DiagnosisRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "diagnosis",
                binding,
                () -> api.diagnose(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/customer-notice")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    String notice(
            @PathVariable String id,
            @Valid @ModelAttribute("notice") NoticeRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "notice",
                binding,
                () -> api.notice(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/re-inspection")
    @AllowedRoles({CLERK, SUPERVISOR})
    String requestReInspection(
            @PathVariable String id,
            @Valid @ModelAttribute("reInspection") ReasonRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "reInspection",
                binding,
                () -> api.requestReInspection(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/re-inspection/approval")
    @AllowedRoles({SUPERVISOR})
    String approveReInspection(
            @PathVariable String id,
            @Valid @ModelAttribute("reInspectionApproval") ApproveReInspectionRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "reInspectionApproval",
                binding,
                () -> api.approveReInspection(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/re-inspection/rejection")
    @AllowedRoles({SUPERVISOR})
    String rejectReInspection(
            @PathVariable String id,
            @Valid @ModelAttribute("reInspectionRejection") ReasonRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "reInspectionRejection",
                binding,
                () -> api.rejectReInspection(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    // ---------------------------------------------------------------- R5 paid repair

    /**
     * Validated here rather than on binding: a quote without parts (labour only) sends no part
     * rows, which binds as no list, and the API's record wants an empty one.
     */
    @PostMapping("/repairs/{id}/quote")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    String quote(
            @PathVariable String id,
            @ModelAttribute("quote") QuoteRequest sent,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        QuoteRequest form = sent == null || sent.parts() != null
                ? sent
                : new QuoteRequest(
                        List.of(),
                        sent.labourHours(),
                        sent.engineerLevel(),
                        sent.difficulty(),
                        sent.travel(),
                        sent.expectedVersion());
        if (form != null) {
            validator.validate(form, binding);
        }
        return step(
                id,
                "quote",
                binding,
                () -> api.quote(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/quote/confirmation")
    @AllowedRoles({CLERK})
    String confirm(
            @PathVariable String id,
            @Valid @ModelAttribute("confirmation") ConfirmRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "confirmation",
                binding,
                () -> api.confirm(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/payment")
    @AllowedRoles({FINANCE, CLERK})
    String pay(
            @PathVariable String id,
            @Valid @ModelAttribute("payment") PaymentRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "payment",
                binding,
                () -> api.pay(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    // ---------------------------------------------------------------- R7 outsourcing

    @PostMapping("/repairs/{id}/outsourcing")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    String outsource(
            @PathVariable String id,
            @Valid @ModelAttribute("outsourcing") OutsourceRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "outsourcing",
                binding,
                () -> api.outsource(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/outsourcing/return")
    @AllowedRoles({CLERK, ENGINEER})
    String stationReturn(
            @PathVariable String id,
            @Valid @ModelAttribute("stationReturn") StationReturnRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "stationReturn",
                binding,
                () -> api.stationReturn(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    // ---------------------------------------------------------------- R8 work and quality gate, R14

    @PostMapping("/repairs/{id}/work")
    @AllowedRoles({ENGINEER})
    String work(
            @PathVariable String id,
            @Valid @ModelAttribute("work") WorkRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "work",
                binding,
                () -> api.work(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/self-check")
    @AllowedRoles({ENGINEER})
    String selfCheck(
            @PathVariable String id,
            @Valid @ModelAttribute("selfCheck") CheckRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "selfCheck",
                binding,
                () -> api.selfCheck(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/qc")
    @AllowedRoles({QUALITY})
    String qc(
            @PathVariable String id,
            @Valid @ModelAttribute("qc") InspectionResult form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        String outcome = form != null && Boolean.FALSE.equals(form.passed()) ? "qcFailed" : "qc";
        return step(
                id,
                "qc",
                outcome,
                binding,
                () -> api.qc(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/sampling")
    @AllowedRoles({QUALITY})
    String sampling(
            @PathVariable String id,
            @Valid @ModelAttribute("sampling") InspectionResult form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        String outcome = form != null && Boolean.FALSE.equals(form.passed()) ? "samplingFailed" : "sampling";
        return step(
                id,
                "sampling",
                outcome,
                binding,
                () -> api.sampling(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/report-approval")
    @AllowedRoles({SUPERVISOR})
    String approveReport(
            @PathVariable String id,
            @Valid @ModelAttribute("reportApproval") NoteRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "reportApproval",
                binding,
                () -> api.approveReport(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/return-shipment")
    @AllowedRoles({CLERK})
    String ship(
            @PathVariable String id,
            @Valid @ModelAttribute("shipment") ShipmentRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "shipment",
                binding,
                () -> api.ship(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    // ---------------------------------------------------------------- R9, R10

    @PostMapping("/repairs/{id}/exchange")
    @AllowedRoles({SUPERVISOR, MANAGER})
    String exchange(
            @PathVariable String id,
            @Valid @ModelAttribute("exchange") ExchangeRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "exchange",
                binding,
                () -> api.exchange(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/repairs/{id}/refund")
    @AllowedRoles({SUPERVISOR, MANAGER})
    String refund(
            @PathVariable String id,
            @Valid @ModelAttribute("refund") RefundRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(
                id,
                "refund",
                binding,
                () -> api.refund(id, form),
                form == null ? null : form.expectedVersion(),
                me,
                model,
                flash,
                response);
    }

    // ---------------------------------------------------------------- the page

    private String step(
            String id,
            String form,
            BindingResult binding,
            Runnable command,
            Long expectedVersion,
            CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        return step(id, form, form, binding, command, expectedVersion, me, model, flash, response);
    }

    /** Done: back to the order showing the step; refused: the order again with that form open, 422. */
    private String step(
            String id,
            String form,
            String flashKey,
            BindingResult binding,
            Runnable command,
            Long expectedVersion,
            CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        RepairOrderId orderId = parse(id);
        if (!forms.submit(binding, command)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", form);
            return page(id, me, model);
        }
        long seen = expectedVersion == null ? -1 : expectedVersion;
        ReadYourWrites.await(() -> read(orderId), view -> view != null && view.version() > seen);
        flash.addFlashAttribute("flash", messages.text("repairs.flash." + flashKey));
        return "redirect:/repairs/" + orderId.value();
    }

    private String page(String id, CurrentPerson me, Model model) {
        RepairOrderId orderId = parse(id);
        RepairOrderView order = read(orderId);
        if (order == null) {
            throw new UnknownResourceException("no repair order " + id);
        }
        List<HistoryEntryView> history = queries.query(
                        new FindAggregateHistoryQuery(orderId.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        RepairOrderFacts facts = RepairOrderFacts.of(history, json);
        List<HistoryLine> timeline = historyLines.of(history);
        model.addAttribute("order", order);
        model.addAttribute("facts", facts);
        model.addAttribute("timeline", RepairTimelineLine.of(timeline, history, json));
        model.addAttribute(
                "names",
                people.names(Stream.concat(
                                Stream.of(order.engineerId(), order.repairedBy(), order.reportApprovedBy()),
                                facts.people())
                        .toList()));
        boolean seesCustomer = me.actsAsAnyOf(CLERK.name(), SUPERVISOR.name(), MANAGER.name());
        if (seesCustomer) {
            model.addAttribute(
                    "customerName",
                    customerNames.of(List.of(order.customerId())).get(order.customerId()));
        }
        Set<String> actions = actions(order, me);
        model.addAttribute("actions", actions);
        forms(order, actions, model);
        return "repairs/detail";
    }

    /** The steps the acting role may take now, as the aggregate would judge them from the row. */
    private Set<String> actions(RepairOrderView order, CurrentPerson me) {
        Set<String> actions = new LinkedHashSet<>();
        RepairOrderState state = order.state();
        if (CLOSED.contains(state)) {
            return actions;
        }
        boolean assigned = me.actsAs(ENGINEER.name()) && me.userId().equals(order.engineerId());
        boolean repairer = me.actsAs(ENGINEER.name()) && me.userId().equals(order.repairedBy());
        boolean desk = me.actsAsAnyOf(CLERK.name(), ENGINEER.name(), SUPERVISOR.name());
        boolean notTheRepairer = !me.userId().equals(order.repairedBy());
        add(actions, "diagnosis", assigned && state == RepairOrderState.AWAITING_DIAGNOSIS);
        add(actions, "notice", desk && order.customerNoticeDueAt() != null && order.customerNotifiedAt() == null);
        add(
                actions,
                "reInspection",
                me.actsAsAnyOf(CLERK.name(), SUPERVISOR.name())
                        && DISPUTABLE.contains(state)
                        && order.reInspections() < reInspectionLimit());
        boolean decidesReInspection = me.actsAs(SUPERVISOR.name()) && state == RepairOrderState.RE_INSPECTION_REQUESTED;
        add(actions, "reInspectionApproval", decidesReInspection);
        add(actions, "reInspectionRejection", decidesReInspection);
        add(actions, "quote", desk && state == RepairOrderState.AWAITING_QUOTE);
        add(actions, "confirmation", me.actsAs(CLERK.name()) && state == RepairOrderState.AWAITING_CONFIRMATION);
        add(
                actions,
                "payment",
                me.actsAsAnyOf(FINANCE.name(), CLERK.name()) && state == RepairOrderState.AWAITING_PAYMENT);
        add(actions, "outsourcing", desk && state == RepairOrderState.AWAITING_REPAIR);
        add(
                actions,
                "stationReturn",
                me.actsAsAnyOf(CLERK.name(), ENGINEER.name()) && state == RepairOrderState.OUTSOURCED);
        add(actions, "work", assigned && state == RepairOrderState.AWAITING_REPAIR);
        add(actions, "selfCheck", repairer && state == RepairOrderState.AWAITING_SELF_CHECK);
        add(actions, "qc", me.actsAs(QUALITY.name()) && notTheRepairer && state == RepairOrderState.AWAITING_QC);
        add(
                actions,
                "sampling",
                me.actsAs(QUALITY.name()) && notTheRepairer && state == RepairOrderState.AWAITING_SAMPLING);
        add(
                actions,
                "reportApproval",
                me.actsAs(SUPERVISOR.name()) && notTheRepairer && state == RepairOrderState.AWAITING_REPORT_APPROVAL);
        add(actions, "shipment", me.actsAs(CLERK.name()) && state == RepairOrderState.AWAITING_RETURN);
        boolean decidesRemedy = me.actsAsAnyOf(SUPERVISOR.name(), MANAGER.name());
        add(actions, "exchange", decidesRemedy);
        add(actions, "refund", decidesRemedy);
        return actions;
    }

    private static void add(Set<String> actions, String action, boolean offered) {
        if (offered) {
            actions.add(action);
        }
    }

    /** Each offered form, as sent when it was just refused, else fresh with the order's version. */
    private void forms(RepairOrderView order, Set<String> actions, Model model) {
        Long v = order.version();
        if (actions.contains("diagnosis")) {
            model.addAttribute(
                    "categories",
                    queries.query(
                                    new FindFaultCategoriesQuery(false),
                                    ResponseTypes.multipleInstancesOf(FaultCategoryView.class))
                            .join());
            model.addAttribute("faultTypes", FaultType.values());
        }
        if (actions.contains("reInspectionApproval")) {
            model.addAttribute("engineers", people.engineers());
        }
        if (actions.contains("quote")) {
            model.addAttribute("levels", EngineerLevel.values());
            model.addAttribute("difficulties", RepairDifficulty.values());
        }
        if (actions.contains("exchange")) {
            model.addAttribute("exchangeConditions", ExchangeCondition.values());
            model.addAttribute("refundConditions", RefundCondition.values());
        }
        fresh(
                model,
                actions,
                "diagnosis",
                () -> new DiagnosisRequest(
                        null,
                        null,
                        null,
                        List.of(),
                        new CausesRequest(false, false, false, false, false, false, null),
                        v));
        fresh(
                model,
                actions,
                "notice",
                () -> new NoticeRequest(
                        null,
                        null,
                        order.quoteTotal() == null ? BigDecimal.ZERO : order.quoteTotal(),
                        order.repairDueAt() == null
                                ? null
                                : LocalDate.ofInstant(order.repairDueAt().minusSeconds(1), uiTime.zone()),
                        v));
        fresh(model, actions, "reInspection", () -> new ReasonRequest(null, v));
        fresh(model, actions, "reInspectionApproval", () -> new ApproveReInspectionRequest(null, null, v));
        fresh(model, actions, "reInspectionRejection", () -> new ReasonRequest(null, v));
        fresh(
                model,
                actions,
                "quote",
                () -> new QuoteRequest(
                        order.partsToReplace().stream()
                                .map(part -> new PartRequest(part, 1, null))
                                .toList(),
                        null,
                        EngineerLevel.SENIOR,
                        RepairDifficulty.STANDARD,
                        BigDecimal.ZERO,
                        v));
        fresh(model, actions, "confirmation", () -> new ConfirmRequest(null, v));
        fresh(model, actions, "payment", () -> new PaymentRequest(order.quoteTotal(), null, v));
        fresh(model, actions, "outsourcing", () -> new OutsourceRequest(null, null, null, null, v));
        fresh(model, actions, "stationReturn", () -> new StationReturnRequest(true, null, v));
        fresh(model, actions, "work", () -> new WorkRequest(order.partsToReplace(), null, v));
        fresh(model, actions, "selfCheck", () -> new CheckRequest(null, v));
        fresh(model, actions, "qc", () -> new InspectionResult(null, null, v));
        fresh(model, actions, "sampling", () -> new InspectionResult(null, null, v));
        fresh(model, actions, "reportApproval", () -> new NoteRequest(null, v));
        fresh(model, actions, "shipment", () -> new ShipmentRequest(null, null, v));
        fresh(model, actions, "exchange", () -> new ExchangeRequest(null, null, null, false, null, v));
        fresh(model, actions, "refund", () -> new RefundRequest(null, null, false, v));
    }

    /**
     * A fresh form unless the person just sent it. Sent, it shows back what they typed; when its
     * fields could not even make the record (a number that is none: no target), or the diagnosis
     * came without its cause flags, it is made fresh and keeps the errors, each field in error
     * showing what was typed.
     */
    private static void fresh(Model model, Set<String> actions, String form, Supplier<Object> made) {
        if (!actions.contains(form)) {
            return;
        }
        Object sent = model.getAttribute(form);
        if (sent != null && !(sent instanceof DiagnosisRequest diagnosis && diagnosis.causes() == null)) {
            return;
        }
        String errorsKey = BindingResult.MODEL_KEY_PREFIX + form;
        Object errors = model.getAttribute(errorsKey);
        Object fresh = sent instanceof DiagnosisRequest d
                ? new DiagnosisRequest(
                        d.faultType(),
                        d.faultCategory(),
                        d.description(),
                        d.partsToReplace(),
                        NO_CAUSES,
                        d.expectedVersion())
                : made.get();
        model.addAttribute(form, fresh);
        if (errors instanceof BindingResult refused && refused.hasErrors()) {
            BeanPropertyBindingResult kept = new BeanPropertyBindingResult(fresh, form);
            kept.addAllErrors(refused);
            model.addAttribute(errorsKey, kept);
        }
    }

    /** R4: how many re-inspections the current policy allows (one by default). */
    private int reInspectionLimit() {
        PolicyVersionView policy = queries.query(
                        new FindCurrentPolicyQuery(), ResponseTypes.optionalInstanceOf(PolicyVersionView.class))
                .join()
                .orElse(null);
        return policy == null ? 1 : policy.settings().repair().reInspectionLimit();
    }

    private RepairOrderView read(RepairOrderId id) {
        return queries.query(new FindRepairOrderQuery(id.value()), RepairOrderView.class)
                .join();
    }

    private static RepairOrderId parse(String id) {
        try {
            return new RepairOrderId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no repair order " + id);
        }
    }
}
