package com.aftersales.app.visit;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.visit.FindKeyCustomerVisitsQuery;
import com.aftersales.api.visit.KeyCustomerVisitView;
import com.aftersales.api.visit.MarkKeyCustomerCommand;
import com.aftersales.api.visit.RecordKeyCustomerVisitCommand;
import com.aftersales.api.visit.UnmarkKeyCustomerCommand;
import com.aftersales.app.contract.HistoryLines;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.customer.CustomerNames;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.visit.KeyCustomerController.MarkRequest;
import com.aftersales.app.visit.KeyCustomerController.UnmarkRequest;
import com.aftersales.app.visit.KeyCustomerController.VisitRequest;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
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
 * The key customers' visit plan as pages (T11, second half): the board of running plans with the
 * overdue ones marked, one customer's plan with its history, and the forms to mark a key customer,
 * record a visit and unmark one. Each handler allows the roles of its {@link KeyCustomerController}
 * twin, runs the same checks and sends the same command; "today" is the application clock's date
 * in the company zone, as there.
 */
@WebPage
class KeyCustomerPages {
    private static final int CUSTOMER_CHOICES = 200;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CustomerContacts customers;
    private final CustomerNames customerNames;
    private final Visitors visitors;
    private final HistoryLines historyLines;
    private final FormErrors forms;
    private final RuleMessages messages;
    private final Clock clock;
    private final ZoneId companyZone;

    KeyCustomerPages(
            CommandGateway commands,
            QueryGateway queries,
            CustomerContacts customers,
            CustomerNames customerNames,
            Visitors visitors,
            HistoryLines historyLines,
            FormErrors forms,
            RuleMessages messages,
            Clock clock,
            ZoneId companyZone) {
        this.commands = commands;
        this.queries = queries;
        this.customers = customers;
        this.customerNames = customerNames;
        this.visitors = visitors;
        this.historyLines = historyLines;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    @GetMapping("/key-customers")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, MANAGER})
    String board(@RequestParam(required = false) Boolean overdue, @ModelAttribute("me") CurrentPerson me, Model model) {
        return boardPage(overdue, me, model);
    }

    @PostMapping("/key-customers")
    @AllowedRoles({CLERK, MANAGER})
    String mark(
            @Valid @ModelAttribute("markKeyCustomer") MarkRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        boolean marked = forms.submit(binding, () -> {
            if (!customers.exists(form.customerId())) {
                throw new InvalidFieldException("customerId", form.customerId() + " is not a known customer");
            }
            commands.sendAndWait(new MarkKeyCustomerCommand(
                    new CustomerId(form.customerId()), form.deliveredOn(), form.reason(), today()));
        });
        if (!marked) {
            return refused(response, model, "markKeyCustomer", boardPage(null, me, model));
        }
        awaitShown(form.customerId(), Optional::isPresent);
        flash.addFlashAttribute("flash", messages.text("keyCustomers.flash.marked", nameOf(form.customerId())));
        return "redirect:/key-customers";
    }

    @GetMapping("/key-customers/{customerId}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, MANAGER})
    String detail(@PathVariable String customerId, @ModelAttribute("me") CurrentPerson me, Model model) {
        return detailPage(parse(customerId), me, model);
    }

    @PostMapping("/key-customers/{customerId}/visits")
    @AllowedRoles({CLERK, ENGINEER})
    String visit(
            @PathVariable String customerId,
            @Valid @ModelAttribute("recordVisit") VisitRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        CustomerId customer = parse(customerId);
        int visitsBefore =
                plan(customer.value()).map(KeyCustomerVisitView::visitCount).orElse(0);
        boolean recorded = forms.submit(binding, () -> {
            visitors.requireVisitor(form.visitedBy());
            String visitId = form.visitId() == null ? UUID.randomUUID().toString() : form.visitId();
            commands.sendAndWait(new RecordKeyCustomerVisitCommand(
                    customer, visitId, form.visitedOn(), new UserId(form.visitedBy()), form.summary(), today()));
        });
        if (!recorded) {
            return refused(response, model, "recordVisit", detailPage(customer, me, model));
        }
        awaitShown(
                customer.value(),
                plan -> plan.map(p -> p.visitCount() > visitsBefore).orElse(true));
        flash.addFlashAttribute("flash", messages.text("keyCustomers.flash.visited"));
        return "redirect:/key-customers/" + customer.value();
    }

    @PostMapping("/key-customers/{customerId}/unmarking")
    @AllowedRoles({MANAGER})
    String unmark(
            @PathVariable String customerId,
            @Valid @ModelAttribute("unmarkKeyCustomer") UnmarkRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        CustomerId customer = parse(customerId);
        if (!forms.submit(binding, () -> commands.sendAndWait(new UnmarkKeyCustomerCommand(customer, form.reason())))) {
            return refused(response, model, "unmarkKeyCustomer", detailPage(customer, me, model));
        }
        awaitShown(customer.value(), Optional::isEmpty);
        flash.addFlashAttribute("flash", messages.text("keyCustomers.flash.unmarked", nameOf(customer.value())));
        return "redirect:/key-customers";
    }

    private String boardPage(Boolean overdue, CurrentPerson me, Model model) {
        List<KeyCustomerVisitView> plans = queries.query(
                        new FindKeyCustomerVisitsQuery(overdue),
                        ResponseTypes.multipleInstancesOf(KeyCustomerVisitView.class))
                .join();
        Map<String, String> names = customerNames.of(
                plans.stream().map(KeyCustomerVisitView::customerId).toList());
        LocalDate today = today();
        model.addAttribute(
                "plans",
                plans.stream()
                        .map(plan -> KeyCustomerRow.of(plan, names.get(plan.customerId()), today))
                        .toList());
        model.addAttribute("overdueOnly", Boolean.TRUE.equals(overdue));
        if (me != null && me.actsAsAnyOf(CLERK.name(), MANAGER.name())) {
            if (!model.containsAttribute("markKeyCustomer")) {
                model.addAttribute("markKeyCustomer", new MarkRequest(null, null, null));
            }
            model.addAttribute("customers", customerNames.recent(CUSTOMER_CHOICES));
        }
        return "key-customers/board";
    }

    /**
     * One customer's plan. The history is shown to clerks and managers, as {@code GET
     * /api/key-customers/{customerId}/history} is; a customer whose plan ended keeps its page.
     */
    private String detailPage(CustomerId customer, CurrentPerson me, Model model) {
        Optional<KeyCustomerVisitView> plan = plan(customer.value());
        List<HistoryEntryView> history = queries
                .query(
                        new FindAggregateHistoryQuery(customer.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join()
                .stream()
                .filter(entry -> KeyCustomerController.PLAN_EVENTS.contains(entry.eventType()))
                .toList();
        if (plan.isEmpty() && history.isEmpty()) {
            throw new UnknownResourceException(customer + " has never been a key customer");
        }
        LocalDate today = today();
        String name = nameOf(customer.value());
        model.addAttribute("customerId", customer.value());
        model.addAttribute("customerName", name);
        model.addAttribute(
                "row", plan.map(p -> KeyCustomerRow.of(p, name, today)).orElse(null));
        if (me != null && me.actsAsAnyOf(CLERK.name(), MANAGER.name())) {
            model.addAttribute("history", historyLines.of(history));
        }
        if (plan.isPresent() && me != null && me.actsAsAnyOf(CLERK.name(), ENGINEER.name())) {
            List<Visitors.Visitor> choices = visitors.all();
            if (!model.containsAttribute("recordVisit")) {
                String visitor = choices.stream().anyMatch(v -> v.userId().equals(me.userId())) ? me.userId() : null;
                // the id is fixed when the form is shown: sent twice, the second is refused (DUPLICATE_VISIT)
                model.addAttribute(
                        "recordVisit", new VisitRequest(UUID.randomUUID().toString(), today, visitor, null));
            }
            model.addAttribute("visitors", choices);
        }
        if (plan.isPresent()
                && me != null
                && me.actsAs(MANAGER.name())
                && !model.containsAttribute("unmarkKeyCustomer")) {
            model.addAttribute("unmarkKeyCustomer", new UnmarkRequest(null));
        }
        return "key-customers/detail";
    }

    /** The running plan of a customer, if any: from the board, the read model's one query. */
    private Optional<KeyCustomerVisitView> plan(String customerId) {
        return queries
                .query(
                        new FindKeyCustomerVisitsQuery(null),
                        ResponseTypes.multipleInstancesOf(KeyCustomerVisitView.class))
                .join()
                .stream()
                .filter(plan -> plan.customerId().equals(customerId))
                .findFirst();
    }

    private String nameOf(String customerId) {
        return customerNames.of(List.of(customerId)).getOrDefault(customerId, customerId);
    }

    private static String refused(HttpServletResponse response, Model model, String form, String page) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("refused", form);
        return page;
    }

    /** The page the clerk is sent to shows what they just did ({@link ReadYourWrites}). */
    private void awaitShown(String customerId, Predicate<Optional<KeyCustomerVisitView>> shown) {
        ReadYourWrites.await(() -> plan(customerId), shown);
    }

    /** A customer id from a path: anything that is not one names no customer (404), it is not bad input. */
    private static CustomerId parse(String customerId) {
        try {
            return new CustomerId(customerId);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no customer " + customerId);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), companyZone);
    }
}
