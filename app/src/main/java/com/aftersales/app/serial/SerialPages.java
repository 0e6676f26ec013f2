package com.aftersales.app.serial;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.serial.FindSerialQuery;
import com.aftersales.api.serial.FindWarrantyStatusQuery;
import com.aftersales.api.serial.SerialUnitId;
import com.aftersales.api.serial.SerialView;
import com.aftersales.api.serial.WarrantyStatusView;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.serial.SerialRequests.CorrectSerialRequest;
import com.aftersales.app.serial.SerialRequests.RegisterSerialRequest;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The serial registry as pages (R2): find a unit by its serial number, register one, and a unit's
 * page with its facts, its warranty today, its completed repairs and the correction form. The
 * handlers allow the roles of their {@link SerialController} twins and send the same commands. The
 * registry's queries read its lookup tables, so a page shows a change at once.
 */
@WebPage
class SerialPages {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CustomerContacts customers;
    private final FormErrors forms;
    private final RuleMessages messages;
    private final Clock clock;
    private final ZoneId companyZone;

    SerialPages(
            CommandGateway commands,
            QueryGateway queries,
            CustomerContacts customers,
            FormErrors forms,
            RuleMessages messages,
            Clock clock,
            ZoneId companyZone) {
        this.commands = commands;
        this.queries = queries;
        this.customers = customers;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    /** The search box of the navigation: straight to the unit's page. */
    @GetMapping("/serials")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String search(@RequestParam(name = "serialNumber", required = false) String serialNumber) {
        if (serialNumber == null || serialNumber.isBlank()) {
            return "redirect:/serials/new";
        }
        return "redirect:/serials/" + UriUtils.encodePathSegment(serialNumber.strip(), "UTF-8");
    }

    @GetMapping("/serials/new")
    @AllowedRoles({CLERK, ADMIN})
    String registration(Model model) {
        if (!model.containsAttribute("registerSerial")) {
            model.addAttribute("registerSerial", new RegisterSerialRequest(null, null, null, null, null, null));
        }
        return "serials/new";
    }

    @PostMapping("/serials")
    @AllowedRoles({CLERK, ADMIN})
    String register(
            @Valid @ModelAttribute("registerSerial") RegisterSerialRequest form,
            BindingResult binding,
            RedirectAttributes flash,
            HttpServletResponse response) {
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(customers)))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "serials/new";
        }
        flash.addFlashAttribute("flash", messages.text("serials.flash.registered", form.serialNumber()));
        return "redirect:/serials/" + UriUtils.encodePathSegment(form.serialNumber(), "UTF-8");
    }

    @GetMapping("/serials/{serialNumber}")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String unit(@PathVariable String serialNumber, @ModelAttribute("me") CurrentPerson me, Model model) {
        return unitPage(SerialController.parse(serialNumber), me, model);
    }

    @PostMapping("/serials/{serialNumber}/correction")
    @AllowedRoles({CLERK, ADMIN})
    String correct(
            @PathVariable String serialNumber,
            @Valid @ModelAttribute("correctSerial") CorrectSerialRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        SerialUnitId serial = SerialController.parse(serialNumber);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.toCommand(serial, customers)))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", "correctSerial");
            return unitPage(serial, me, model);
        }
        flash.addFlashAttribute("flash", messages.text("serials.flash.corrected"));
        return "redirect:/serials/" + UriUtils.encodePathSegment(serial.serialNumber(), "UTF-8");
    }

    private String unitPage(SerialUnitId serial, CurrentPerson me, Model model) {
        SerialView unit = queries.query(
                        new FindSerialQuery(serial.serialNumber()), ResponseTypes.optionalInstanceOf(SerialView.class))
                .join()
                .orElseThrow(() -> new UnknownResourceException("no serial number " + serial.serialNumber()));
        WarrantyStatusView warranty = queries.query(
                        new FindWarrantyStatusQuery(
                                serial.serialNumber(), LocalDate.ofInstant(clock.instant(), companyZone)),
                        ResponseTypes.optionalInstanceOf(WarrantyStatusView.class))
                .join()
                .orElseThrow();
        model.addAttribute("unit", unit);
        model.addAttribute("warranty", warranty);
        if (me != null && me.actsAsAnyOf(CLERK.name(), ADMIN.name()) && !model.containsAttribute("correctSerial")) {
            model.addAttribute(
                    "correctSerial",
                    new CorrectSerialRequest(
                            unit.model(),
                            unit.soldOn(),
                            unit.activatedOn(),
                            unit.deliveredOn(),
                            unit.customerId(),
                            null,
                            unit.version()));
        }
        return "serials/detail";
    }
}
