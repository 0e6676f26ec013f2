package com.aftersales.app.complaint;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.Role;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintChannel;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.app.complaint.ComplaintRequests.RegistrationRequest;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * C1, C2: the complaint form (客户投诉处理单) for the CLERK or SUPERVISOR who takes the complaint,
 * by phone, letter or visit. It binds to the API's {@link RegistrationRequest} and is handed to the
 * same {@link ComplaintController} handler; a bad field or a refused rule comes back into the form,
 * with nothing stored. A link from a ticket or a repair order may fill in what it concerns.
 */
@WebPage
class ComplaintRegistrationPage {
    private final ComplaintController api;
    private final ComplaintReads reads;
    private final UserAccounts accounts;
    private final FormErrors forms;
    private final RuleMessages messages;

    ComplaintRegistrationPage(
            ComplaintController api,
            ComplaintReads reads,
            UserAccounts accounts,
            FormErrors forms,
            RuleMessages messages) {
        this.api = api;
        this.reads = reads;
        this.accounts = accounts;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/complaints/new")
    @AllowedRoles({CLERK, SUPERVISOR})
    String form(
            @RequestParam(required = false) String ticketId,
            @RequestParam(required = false) String repairOrderId,
            @RequestParam(required = false) String engineerId,
            Model model) {
        model.addAttribute(
                "registration",
                new RegistrationRequest(
                        null, null, null, null, ticketId, repairOrderId, engineerId, null, null, null, null));
        return page(model);
    }

    @PostMapping("/complaints")
    @AllowedRoles({CLERK, SUPERVISOR})
    String register(
            @Valid @ModelAttribute("registration") RegistrationRequest form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        AtomicReference<String> registered = new AtomicReference<>();
        if (!forms.submit(
                binding, () -> registered.set(String.valueOf(api.register(form).get("complaintId"))))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model);
        }
        ComplaintId complaint = new ComplaintId(registered.get());
        ReadYourWrites.await(() -> reads.findOrNull(complaint), shown -> shown != null && shown.caughtUp());
        flash.addFlashAttribute("flash", messages.text("complaints.flash.registered"));
        return "redirect:/complaints/" + complaint.value();
    }

    private String page(Model model) {
        model.addAttribute(
                "channels",
                Arrays.stream(ComplaintChannel.values())
                        .filter(channel -> channel != ComplaintChannel.CALLBACK)
                        .toList());
        model.addAttribute("categories", ComplaintCategory.values());
        Map<String, String> engineers = new TreeMap<>();
        accounts.all().stream()
                .filter(account -> account.holds(Role.ENGINEER))
                .forEach(account -> engineers.put(account.userId(), account.displayName()));
        model.addAttribute("engineers", engineers);
        return "complaints/new";
    }
}
