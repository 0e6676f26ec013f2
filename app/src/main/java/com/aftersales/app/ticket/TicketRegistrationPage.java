package com.aftersales.app.ticket;

import static com.aftersales.api.common.Role.CLERK;

import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.UiTime;
import com.aftersales.app.ui.WebPage;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's registration form (登记工单, T1–T4): the same {@link RegisterRequest} the API takes,
 * bound from the form's field paths, registered through the same {@link TicketIntake}. What the
 * ledger refuses comes back next to the field it is about; nothing is recorded then.
 */
@WebPage
class TicketRegistrationPage {
    static final String FORM = "registration";

    private final TicketIntake intake;
    private final FormErrors errors;
    private final RuleMessages messages;
    private final UiTime time;
    private final SpringValidatorAdapter validator;

    TicketRegistrationPage(
            TicketIntake intake, FormErrors errors, RuleMessages messages, UiTime time, Validator validator) {
        this.intake = intake;
        this.errors = errors;
        this.messages = messages;
        this.time = time;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** An empty box is no answer: a blank phone or invoice number counts as none, as in the API (T2). */
    @InitBinder(FORM)
    void emptyIsNone(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/tickets/new")
    @AllowedRoles({CLERK})
    String form(Model model) {
        return show(model, blank());
    }

    @PostMapping("/tickets")
    @AllowedRoles({CLERK})
    String register(
            @Valid @ModelAttribute(FORM) RegisterRequest body,
            BindingResult bound,
            Model model,
            RedirectAttributes flash) {
        BindingResult form = asTheClerkMeantIt(body, bound);
        AtomicReference<RegisterServiceTicketResult> registered = new AtomicReference<>();
        if (!errors.submit(form, () -> registered.set(intake.register(withoutIgnoredCustomer(body))))) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, form);
            return show(model, (RegisterRequest) form.getTarget());
        }
        RegisterServiceTicketResult result = registered.get();
        flash.addFlashAttribute(
                "flash",
                result.responseDueAt() == null
                        ? messages.text("board.registered.noClock", result.ticketNumber())
                        : messages.text(
                                "board.registered", result.ticketNumber(), time.dateTime(result.responseDueAt())));
        // The board follows within milliseconds, but the page must not say "no such ticket" meanwhile.
        flash.addFlashAttribute(TicketPageView.SEEN_VERSION, TicketPageView.JUST_REGISTERED);
        return "redirect:/tickets/" + result.ticketId().value();
    }

    private String show(Model model, RegisterRequest registration) {
        model.addAttribute(FORM, registration);
        model.addAttribute("channels", IntakeChannel.values());
        model.addAttribute("requests", CustomerRequest.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("kinds", ProductKind.values());
        return "board/register";
    }

    /** The defaults of a call taken at the desk: by phone, a normal hardware fault. */
    private static RegisterRequest blank() {
        return new RegisterRequest(
                IntakeChannel.PHONE,
                null,
                new RegisterRequest.Customer(null, null, null),
                new RegisterRequest.Purchase(null, null),
                new RegisterRequest.Product(null, null, ProductKind.HARDWARE, null, null),
                new RegisterRequest.Fault(null, null, null),
                null,
                Urgency.NORMAL,
                null);
    }

    /**
     * The form always sends the new customer's boxes, so the binder builds a customer even when the
     * clerk chose a known one by id; then those empty boxes are not what the clerk meant, and their
     * errors are dropped (the API, given {@code customerId} alone, has no customer to check either).
     * Parts a forged post left out are shown empty rather than failing the page.
     */
    private BindingResult asTheClerkMeantIt(RegisterRequest body, BindingResult bound) {
        boolean knownCustomer = body.customerId() != null;
        BeanPropertyBindingResult form = new BeanPropertyBindingResult(filled(body), FORM);
        for (ObjectError error : errorsOf(body, bound)) {
            if (knownCustomer
                    && error instanceof FieldError field
                    && field.getField().startsWith("customer.")) {
                continue;
            }
            form.addError(error);
        }
        return form;
    }

    /**
     * Spring validates nothing once a value could not even be read (a date typed as "next tuesday");
     * the clerk should still see every other missing box at once, not one round later.
     */
    private List<ObjectError> errorsOf(RegisterRequest body, BindingResult bound) {
        List<ObjectError> all = new ArrayList<>(bound.getAllErrors());
        if (bound.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
            BeanPropertyBindingResult validated = new BeanPropertyBindingResult(body, FORM);
            validator.validate(body, validated);
            validated.getAllErrors().stream()
                    .filter(error -> !(error instanceof FieldError field) || !bound.hasFieldErrors(field.getField()))
                    .forEach(all::add);
        }
        return all;
    }

    private static RegisterRequest withoutIgnoredCustomer(RegisterRequest body) {
        if (body.customerId() == null) {
            return body;
        }
        return new RegisterRequest(
                body.channel(),
                body.customerId(),
                null,
                body.proofOfPurchase(),
                body.product(),
                body.fault(),
                body.request(),
                body.urgency(),
                body.underServiceContract());
    }

    private static RegisterRequest filled(RegisterRequest body) {
        RegisterRequest empty = blank();
        return new RegisterRequest(
                body.channel(),
                body.customerId(),
                body.customer() == null ? empty.customer() : body.customer(),
                body.proofOfPurchase() == null ? empty.proofOfPurchase() : body.proofOfPurchase(),
                body.product() == null ? new RegisterRequest.Product(null, null, null, null, null) : body.product(),
                body.fault() == null ? empty.fault() : body.fault(),
                body.request(),
                body.urgency(),
                body.underServiceContract());
    }
}
