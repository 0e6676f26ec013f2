package com.aftersales.app.parts;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.parts.ApprovePartsRequisitionCommand;
import com.aftersales.api.parts.CountStockCommand;
import com.aftersales.api.parts.FindPartStockQuery;
import com.aftersales.api.parts.FindPartStocksQuery;
import com.aftersales.api.parts.FindPartsRequisitionQuery;
import com.aftersales.api.parts.FindPartsRequisitionsQuery;
import com.aftersales.api.parts.FindStockLedgerQuery;
import com.aftersales.api.parts.IssuePartsCommand;
import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.PartStockView;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.PartsRequisitionView;
import com.aftersales.api.parts.ReceivePartsCommand;
import com.aftersales.api.parts.RequestPartsCommand;
import com.aftersales.api.parts.RequisitionLine;
import com.aftersales.api.parts.RequisitionStatus;
import com.aftersales.api.parts.ReturnUnusedPartsCommand;
import com.aftersales.api.parts.StockMovementView;
import com.aftersales.api.parts.WriteOffPartsRequisitionCommand;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.util.UriUtils;

/**
 * Parts stock (R15) and requisitions (R11) as pages: the stock levels with the receipt and
 * stocktaking forms, one part's ledger, the requisitions with the request form, and one slip with
 * the buttons of its next step for the acting role. Each handler allows the roles of its /api twin
 * (PartsController, PartsRequisitionController) and sends the same command; a refused button comes
 * back as a flash message with the rule (PageFailures). The read models follow within moments, so
 * a page waits for the change it just made ({@link ReadYourWrites}).
 */
@WebPage
class PartsPages {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final FormErrors forms;
    private final RuleMessages messages;

    PartsPages(CommandGateway commands, QueryGateway queries, FormErrors forms, RuleMessages messages) {
        this.commands = commands;
        this.queries = queries;
        this.forms = forms;
        this.messages = messages;
    }

    /** R15: units of a part received, as the stock page's form sends them. */
    record ReceiveForm(
            @NotBlank @Size(max = 64) @Pattern(regexp = "\\S+", message = "no whitespace in a part number")
            String partNumber,

            @NotNull @Positive Integer quantity,

            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal unitCost,

            @NotBlank @Size(max = 100) String supplierReference) {}

    /** R15 stocktaking from the stock page. */
    record CountForm(
            @NotBlank @Size(max = 64) String partNumber,
            @NotNull @PositiveOrZero Integer countedQuantity,
            @Size(max = 2000) String note) {}

    /** R11: a requisition of one part from the requisitions page (the API takes several lines). */
    record RequestForm(
            @NotBlank @Size(max = 36) String repairOrderId,

            @NotBlank @Size(max = 64) @Pattern(regexp = "\\S+", message = "no whitespace in a part number")
            String partNumber,

            @NotNull @Positive Integer quantity,
            @NotBlank @Size(max = 2000) String reason) {}

    /** R11: unused units of one part going back. */
    record ReturnForm(
            @NotBlank @Size(max = 64) String partNumber,
            @NotNull @Positive Integer quantity) {}

    // ---------------------------------------------------------------- stock (R15)

    @GetMapping("/parts")
    @AllowedRoles({ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String stock(@ModelAttribute("me") CurrentPerson me, Model model) {
        return stockPage(me, model);
    }

    @PostMapping("/parts/receipts")
    @AllowedRoles({SUPERVISOR, ADMIN})
    String receive(
            @Valid @ModelAttribute("receiveParts") ReceiveForm form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        long before = version(form.partNumber());
        if (!forms.submit(
                binding,
                () -> commands.sendAndWait(new ReceivePartsCommand(
                        new PartStockId(form.partNumber()),
                        form.quantity(),
                        form.unitCost(),
                        form.supplierReference())))) {
            return refused(response, model, "receiveParts", stockPage(me, model));
        }
        awaitStock(form.partNumber(), before);
        flash.addFlashAttribute("flash", messages.text("parts.flash.received", form.quantity(), form.partNumber()));
        return "redirect:/parts";
    }

    @PostMapping("/parts/counts")
    @AllowedRoles({SUPERVISOR, ADMIN})
    String count(
            @Valid @ModelAttribute("countStock") CountForm form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        long before = version(form.partNumber());
        if (!forms.submit(binding, () -> {
            if (!PartStockId.isValid(form.partNumber()) || before < 0) {
                throw new com.aftersales.app.web.InvalidFieldException(
                        "partNumber", form.partNumber() + " has never been received");
            }
            commands.sendAndWait(
                    new CountStockCommand(new PartStockId(form.partNumber()), form.countedQuantity(), form.note()));
        })) {
            return refused(response, model, "countStock", stockPage(me, model));
        }
        awaitStock(form.partNumber(), before);
        flash.addFlashAttribute("flash", messages.text("parts.flash.counted", form.partNumber()));
        return "redirect:/parts/" + UriUtils.encodePathSegment(form.partNumber(), "UTF-8");
    }

    @GetMapping("/parts/{partNumber}")
    @AllowedRoles({ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String ledger(@PathVariable String partNumber, Model model) {
        PartStockId part = PartsRequests.part(partNumber);
        PartStockView level = stockOf(part.partNumber())
                .orElseThrow(() -> new UnknownResourceException("no stock of part " + partNumber));
        model.addAttribute("level", level);
        model.addAttribute(
                "movements",
                queries.query(
                                new FindStockLedgerQuery(part.partNumber()),
                                ResponseTypes.multipleInstancesOf(StockMovementView.class))
                        .join());
        return "parts/ledger";
    }

    private String stockPage(CurrentPerson me, Model model) {
        model.addAttribute(
                "levels",
                queries.query(new FindPartStocksQuery(), ResponseTypes.multipleInstancesOf(PartStockView.class))
                        .join());
        if (me != null && me.actsAsAnyOf(SUPERVISOR.name(), ADMIN.name())) {
            if (!model.containsAttribute("receiveParts")) {
                model.addAttribute("receiveParts", new ReceiveForm(null, null, null, null));
            }
            if (!model.containsAttribute("countStock")) {
                model.addAttribute("countStock", new CountForm(null, null, null));
            }
        }
        return "parts/stock";
    }

    // ---------------------------------------------------------------- requisitions (R11)

    @GetMapping("/parts/requisitions")
    @AllowedRoles({ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String requisitions(
            @RequestParam(required = false) RequisitionStatus status,
            @ModelAttribute("me") CurrentPerson me,
            Model model) {
        return requisitionsPage(status, me, model);
    }

    @PostMapping("/parts/requisitions")
    @AllowedRoles({ENGINEER})
    String request(
            @Valid @ModelAttribute("requestParts") RequestForm form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        PartsRequisitionId id = PartsRequisitionId.random();
        if (!forms.submit(
                binding,
                () -> commands.sendAndWait(new RequestPartsCommand(
                        id,
                        PartsRequests.repairOrder(form.repairOrderId()),
                        List.of(new RequisitionLine(form.partNumber(), form.quantity(), form.reason())))))) {
            return refused(response, model, "requestParts", requisitionsPage(null, me, model));
        }
        awaitSlip(id.value(), slip -> slip.isPresent());
        flash.addFlashAttribute("flash", messages.text("parts.flash.requested"));
        return "redirect:/parts/requisitions/" + id.value();
    }

    @GetMapping("/parts/requisitions/{id}")
    @AllowedRoles({ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String requisition(@PathVariable String id, @ModelAttribute("me") CurrentPerson me, Model model) {
        return slipPage(PartsRequests.requisition(id), me, model);
    }

    @PostMapping("/parts/requisitions/{id}/approval")
    @AllowedRoles({SUPERVISOR})
    String approve(@PathVariable String id, RedirectAttributes flash) {
        return step(id, flash, "parts.flash.approved", requisition -> new ApprovePartsRequisitionCommand(requisition));
    }

    @PostMapping("/parts/requisitions/{id}/issue")
    @AllowedRoles({SUPERVISOR, ADMIN})
    String issue(@PathVariable String id, RedirectAttributes flash) {
        return step(id, flash, "parts.flash.issued", IssuePartsCommand::new);
    }

    @PostMapping("/parts/requisitions/{id}/write-off")
    @AllowedRoles({SUPERVISOR, FINANCE})
    String writeOff(@PathVariable String id, RedirectAttributes flash) {
        return step(id, flash, "parts.flash.writtenOff", WriteOffPartsRequisitionCommand::new);
    }

    @PostMapping("/parts/requisitions/{id}/returns")
    @AllowedRoles({ENGINEER, SUPERVISOR})
    String returnUnused(
            @PathVariable String id,
            @Valid @ModelAttribute("returnParts") ReturnForm form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        PartsRequisitionId requisition = PartsRequests.requisition(id);
        long before = slipVersion(requisition.value());
        if (!forms.submit(
                binding,
                () -> commands.sendAndWait(new ReturnUnusedPartsCommand(
                        requisition, List.of(new RequisitionLine(form.partNumber(), form.quantity(), null)))))) {
            return refused(response, model, "returnParts", slipPage(requisition, me, model));
        }
        awaitSlip(
                requisition.value(), slip -> slip.map(s -> s.version() > before).orElse(false));
        flash.addFlashAttribute("flash", messages.text("parts.flash.returned"));
        return "redirect:/parts/requisitions/" + requisition.value();
    }

    private String step(
            String id,
            RedirectAttributes flash,
            String done,
            java.util.function.Function<PartsRequisitionId, Object> command) {
        PartsRequisitionId requisition = PartsRequests.requisition(id);
        long before = slipVersion(requisition.value());
        commands.sendAndWait(command.apply(requisition));
        awaitSlip(
                requisition.value(), slip -> slip.map(s -> s.version() > before).orElse(false));
        flash.addFlashAttribute("flash", messages.text(done));
        return "redirect:/parts/requisitions/" + requisition.value();
    }

    private String requisitionsPage(RequisitionStatus status, CurrentPerson me, Model model) {
        model.addAttribute(
                "requisitions",
                queries.query(
                                new FindPartsRequisitionsQuery(null, status),
                                ResponseTypes.multipleInstancesOf(PartsRequisitionView.class))
                        .join());
        model.addAttribute("status", status);
        model.addAttribute("statuses", RequisitionStatus.values());
        if (me != null && me.actsAs(ENGINEER.name()) && !model.containsAttribute("requestParts")) {
            model.addAttribute("requestParts", new RequestForm(null, null, 1, null));
        }
        return "parts/requisitions";
    }

    private String slipPage(PartsRequisitionId id, CurrentPerson me, Model model) {
        PartsRequisitionView slip =
                slip(id.value()).orElseThrow(() -> new UnknownResourceException("no requisition " + id.value()));
        model.addAttribute("slip", slip);
        boolean issued = slip.status() == RequisitionStatus.ISSUED;
        if (issued
                && me != null
                && me.actsAsAnyOf(ENGINEER.name(), SUPERVISOR.name())
                && !model.containsAttribute("returnParts")) {
            model.addAttribute("returnParts", new ReturnForm(slip.lines().get(0).partNumber(), 1));
        }
        return "parts/requisition";
    }

    private Optional<PartStockView> stockOf(String partNumber) {
        return queries.query(new FindPartStockQuery(partNumber), ResponseTypes.optionalInstanceOf(PartStockView.class))
                .join();
    }

    /** The part's ledger version, or −1 when the part has no stock yet (or the number is none). */
    private long version(String partNumber) {
        if (!PartStockId.isValid(partNumber)) {
            return -1;
        }
        return stockOf(partNumber).map(PartStockView::version).orElse(-1L);
    }

    private void awaitStock(String partNumber, long before) {
        ReadYourWrites.await(
                () -> stockOf(partNumber),
                level -> level.map(l -> l.version() > before).orElse(false));
    }

    private Optional<PartsRequisitionView> slip(String id) {
        return queries.query(
                        new FindPartsRequisitionQuery(id), ResponseTypes.optionalInstanceOf(PartsRequisitionView.class))
                .join();
    }

    private long slipVersion(String id) {
        return slip(id).map(PartsRequisitionView::version).orElse(-1L);
    }

    private void awaitSlip(String id, Predicate<Optional<PartsRequisitionView>> shown) {
        ReadYourWrites.await(() -> slip(id), shown);
    }

    private static String refused(HttpServletResponse response, Model model, String form, String page) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("refused", form);
        return page;
    }
}
