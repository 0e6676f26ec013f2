package com.aftersales.app.contract;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.FindServiceContractQuery;
import com.aftersales.api.contract.FindServiceContractsQuery;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.api.contract.ServiceContractView;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.customer.CustomerNames;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.UiTime;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service contracts' pages (T13): the list and one contract with its history for the desk, and
 * for managers and administrators the forms that register, amend and terminate a contract. Each
 * handler allows the roles of its {@link ContractController} twin and sends the same command from
 * the same request record; a refusal goes back into the form ({@link FormErrors}).
 */
@WebPage
class ContractPages {
    /** How many customers the register form suggests. */
    private static final int CUSTOMER_CHOICES = 200;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CustomerContacts customers;
    private final CustomerNames customerNames;
    private final HistoryLines historyLines;
    private final FormErrors forms;
    private final RuleMessages messages;
    private final UiTime uiTime;
    private final Clock clock;
    private final ZoneId companyZone;

    ContractPages(
            CommandGateway commands,
            QueryGateway queries,
            CustomerContacts customers,
            CustomerNames customerNames,
            HistoryLines historyLines,
            FormErrors forms,
            RuleMessages messages,
            UiTime uiTime,
            Clock clock,
            ZoneId companyZone) {
        this.commands = commands;
        this.queries = queries;
        this.customers = customers;
        this.customerNames = customerNames;
        this.historyLines = historyLines;
        this.forms = forms;
        this.messages = messages;
        this.uiTime = uiTime;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    @InitBinder({"registerContract", "amendContract", "terminateContract"})
    void readFormValues(WebDataBinder binder) {
        FormValues.contractFields(binder);
    }

    @GetMapping("/contracts")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, MANAGER, ADMIN})
    String list(Model model) {
        List<ServiceContractView> contracts = queries.query(
                        new FindServiceContractsQuery(null, null),
                        ResponseTypes.multipleInstancesOf(ServiceContractView.class))
                .join();
        Map<String, String> names = customerNames.of(
                contracts.stream().map(ServiceContractView::customerId).toList());
        LocalDate today = today();
        model.addAttribute(
                "contracts",
                contracts.stream()
                        .map(contract -> ContractRow.of(contract, names.get(contract.customerId()), today))
                        .toList());
        return "contracts/list";
    }

    @GetMapping("/contracts/new")
    @AllowedRoles({MANAGER, ADMIN})
    String newContract(Model model) {
        LocalDate today = today();
        model.addAttribute(
                "registerContract",
                new RegisterContractRequest(
                        null,
                        null,
                        null,
                        today,
                        today.plusYears(1).minusDays(1),
                        new TermsRequest(null, null, null, null, false)));
        return registerPage(model);
    }

    @PostMapping("/contracts")
    @AllowedRoles({MANAGER, ADMIN})
    String register(
            @Valid @ModelAttribute("registerContract") RegisterContractRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ServiceContractId id = ServiceContractId.random();
        AtomicInteger version = new AtomicInteger();
        boolean registered = forms.submit(binding, () -> {
            // as the API: an id that names no customer is bad input, not a rule
            if (!customers.exists(form.customerId())) {
                throw new InvalidFieldException("customerId", form.customerId() + " is not a known customer");
            }
            version.set(commands.sendAndWait(form.toCommand(id)));
        });
        if (!registered) {
            return refused(response, model, "registerContract", registerPage(model));
        }
        awaitShown(id, version.get());
        flash.addFlashAttribute("flash", messages.text("contracts.flash.registered", form.contractNumber()));
        return "redirect:/contracts/" + id.value();
    }

    @GetMapping("/contracts/{id}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, MANAGER, ADMIN})
    String detail(@PathVariable String id, @ModelAttribute("me") CurrentPerson me, Model model) {
        return detailPage(ContractRequests.contractId(id), me, model);
    }

    @PostMapping("/contracts/{id}/amendment")
    @AllowedRoles({MANAGER, ADMIN})
    String amend(
            @PathVariable String id,
            @Valid @ModelAttribute("amendContract") AmendContractRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ServiceContractId contractId = ContractRequests.contractId(id);
        AtomicInteger version = new AtomicInteger();
        if (!forms.submit(binding, () -> version.set(commands.sendAndWait(form.toCommand(contractId))))) {
            return refused(response, model, "amendContract", detailPage(contractId, me, model));
        }
        awaitShown(contractId, version.get());
        flash.addFlashAttribute("flash", messages.text("contracts.flash.amended", version.get()));
        return "redirect:/contracts/" + contractId.value();
    }

    @PostMapping("/contracts/{id}/termination")
    @AllowedRoles({MANAGER, ADMIN})
    String terminate(
            @PathVariable String id,
            @Valid @ModelAttribute("terminateContract") TerminateContractRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ServiceContractId contractId = ContractRequests.contractId(id);
        AtomicInteger version = new AtomicInteger();
        if (!forms.submit(binding, () -> version.set(commands.sendAndWait(form.toCommand(contractId))))) {
            return refused(response, model, "terminateContract", detailPage(contractId, me, model));
        }
        awaitShown(contractId, version.get());
        flash.addFlashAttribute("flash", messages.text("contracts.flash.terminated", uiTime.date(form.lastDay())));
        return "redirect:/contracts/" + contractId.value();
    }

    /** A refused form: its page again, 422, with that form open and what was typed in it. */
    private static String refused(HttpServletResponse response, Model model, String form, String page) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("refused", form);
        return page;
    }

    private String registerPage(Model model) {
        model.addAttribute("customers", customerNames.recent(CUSTOMER_CHOICES));
        return "contracts/new";
    }

    /**
     * The contract with its forms; a form the person just sent keeps what they typed. The history
     * is shown to managers and administrators, as {@code GET /api/contracts/{id}/history} is.
     */
    private String detailPage(ServiceContractId id, CurrentPerson me, Model model) {
        ServiceContractView contract = queries.query(new FindServiceContractQuery(id), ServiceContractView.class)
                .join();
        if (contract == null) {
            throw new UnknownResourceException("no service contract " + id);
        }
        LocalDate today = today();
        ContractRow row = ContractRow.of(
                contract, customerNames.of(List.of(contract.customerId())).get(contract.customerId()), today);
        model.addAttribute("row", row);
        boolean keeper = me != null && me.actsAsAnyOf(MANAGER.name(), ADMIN.name());
        model.addAttribute("keeper", keeper);
        if (keeper) {
            List<HistoryEntryView> history = queries.query(
                            new FindAggregateHistoryQuery(id.value()),
                            ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                    .join();
            model.addAttribute("history", historyLines.of(history));
        }
        if (keeper && row.changeable()) {
            if (!model.containsAttribute("amendContract")) {
                ContractTerms terms = contract.terms();
                model.addAttribute(
                        "amendContract",
                        new AmendContractRequest(
                                new LinkedHashSet<>(contract.serialNumbers()),
                                contract.validUntil(),
                                new TermsRequest(
                                        terms.responseWithin(),
                                        terms.onSiteWithin(),
                                        terms.fixWithin(),
                                        terms.planWithin(),
                                        terms.businessHoursOnly()),
                                null,
                                contract.version()));
            }
            if (!model.containsAttribute("terminateContract")) {
                model.addAttribute(
                        "terminateContract",
                        new TerminateContractRequest(lastDayFrom(contract, today), null, contract.version()));
            }
        }
        return "contracts/detail";
    }

    /** Today, kept within the period: the last day a termination decided now would most likely name. */
    private static LocalDate lastDayFrom(ServiceContractView contract, LocalDate today) {
        if (today.isBefore(contract.validFrom())) {
            return contract.validFrom();
        }
        return today.isAfter(contract.validUntil()) ? contract.validUntil() : today;
    }

    /** The page the manager is sent to shows the change they just made ({@link ReadYourWrites}). */
    private void awaitShown(ServiceContractId id, int version) {
        ReadYourWrites.await(
                () -> queries.query(new FindServiceContractQuery(id), ServiceContractView.class)
                        .join(),
                shown -> shown != null && shown.version() >= version);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), companyZone);
    }
}
