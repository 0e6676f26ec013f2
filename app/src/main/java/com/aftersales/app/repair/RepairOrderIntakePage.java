package com.aftersales.app.repair;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.repair.FindRepairOrderQuery;
import com.aftersales.api.repair.RepairOrderView;
import com.aftersales.api.ticket.FindTicketQuery;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.customer.CustomerNames;
import com.aftersales.app.customer.CustomerNames.CustomerChoice;
import com.aftersales.app.repair.RepairOrderController.InspectionRequest;
import com.aftersales.app.repair.RepairOrderController.OpenRequest;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake (R1): a received unit's repair order with its intake inspection — appearance,
 * configuration, accessories — and photos, and the engineer it is given to. The form is the API's
 * {@code OpenRequest}; the photos come with it (multipart) and are checked and stored by content
 * exactly as {@code POST /api/repair-orders/attachments} stores them, and the order then names
 * their hashes. Opened from a ticket in workshop repair, the form starts with the ticket's customer,
 * serial number, urgency and receipt time.
 */
@WebPage
class RepairOrderIntakePage {
    private static final int CUSTOMER_CHOICES = 200;

    private final RepairOrderController api;
    private final RepairAttachmentStore attachments;
    private final QueryGateway queries;
    private final CustomerNames customerNames;
    private final RepairPeople people;
    private final FormErrors forms;
    private final RuleMessages messages;
    private final Clock clock;

    RepairOrderIntakePage(
            RepairOrderController api,
            RepairAttachmentStore attachments,
            QueryGateway queries,
            CustomerNames customerNames,
            RepairPeople people,
            FormErrors forms,
            RuleMessages messages,
            Clock clock) {
        this.api = api;
        this.attachments = attachments;
        this.queries = queries;
        this.customerNames = customerNames;
        this.people = people;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/repairs/new")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    String newOrder(
            @RequestParam(required = false) String ticketId, @ModelAttribute("me") CurrentPerson me, Model model) {
        TicketDetailView ticket = ticket(ticketId);
        String engineer = me.actsAs(ENGINEER.name()) ? me.userId() : null;
        model.addAttribute(
                "openOrder",
                ticket == null
                        ? new OpenRequest(
                                null,
                                null,
                                null,
                                Urgency.NORMAL,
                                clock.instant(),
                                new InspectionRequest(null, null, List.of()),
                                List.of(),
                                engineer)
                        : new OpenRequest(
                                ticket.summary().ticketId(),
                                ticket.customerId(),
                                ticket.summary().serialNumber(),
                                ticket.summary().urgency(),
                                ticket.unitReceivedAt() == null ? clock.instant() : ticket.unitReceivedAt(),
                                new InspectionRequest(null, null, List.of()),
                                List.of(),
                                engineer != null ? engineer : ticket.summary().engineerId()));
        model.addAttribute("ticket", ticket);
        return page(model, List.of());
    }

    @PostMapping("/repairs")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR})
    String open(
            @Valid @ModelAttribute("openOrder") OpenRequest form,
            BindingResult binding,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        List<String> stored = new ArrayList<>(form.attachments() == null ? List.of() : form.attachments());
        AtomicReference<String> opened = new AtomicReference<>();
        boolean done = forms.submit(binding, () -> {
            stored.addAll(store(photos));
            Map<String, Object> answer = api.open(new OpenRequest(
                    form.ticketId(),
                    form.customerId(),
                    form.serialNumber(),
                    form.urgency(),
                    form.receivedAt(),
                    form.inspection(),
                    List.copyOf(stored),
                    form.engineerId()));
            opened.set((String) answer.get("repairOrderId"));
        });
        if (!done) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("ticket", ticket(form.ticketId()));
            return page(model, stored);
        }
        String id = opened.get();
        ReadYourWrites.await(
                () -> queries.query(new FindRepairOrderQuery(id), RepairOrderView.class)
                        .join(),
                view -> view != null);
        flash.addFlashAttribute("flash", messages.text("repairs.flash.opened", form.serialNumber()));
        return "redirect:/repairs/" + id;
    }

    /** R1: each chosen file checked and stored as the API's upload does; nothing chosen is no photo. */
    private List<String> store(List<MultipartFile> photos) {
        List<String> hashes = new ArrayList<>();
        if (photos == null) {
            return hashes;
        }
        String who = ActingUser.current().map(ActingUser::userId).orElse("unknown");
        for (MultipartFile photo : photos) {
            if (photo.isEmpty()
                    && (photo.getOriginalFilename() == null
                            || photo.getOriginalFilename().isBlank())) {
                continue;
            }
            try (InputStream in = photo.getInputStream()) {
                byte[] content = in.readNBytes((int) RepairAttachmentStore.MAX_BYTES + 1);
                try {
                    hashes.add(attachments.storeChecked(
                            RepairAttachmentStore.mediaType(photo.getContentType()), content, who));
                } catch (InvalidFieldException notWhatItSays) {
                    throw new InvalidFieldException(
                            "attachments", photo.getOriginalFilename() + ": " + notWhatItSays.getMessage());
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return hashes;
    }

    private TicketDetailView ticket(String ticketId) {
        if (ticketId == null || ticketId.isBlank()) {
            return null;
        }
        try {
            return queries.query(new FindTicketQuery(new TicketId(ticketId)), TicketDetailView.class)
                    .join();
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private String page(Model model, List<String> stored) {
        List<CustomerChoice> customers = new ArrayList<>(customerNames.recent(CUSTOMER_CHOICES));
        Object form = model.getAttribute("openOrder");
        if (form instanceof OpenRequest request
                && request.customerId() != null
                && customers.stream().noneMatch(c -> c.customerId().equals(request.customerId()))) {
            String name = customerNames.of(List.of(request.customerId())).get(request.customerId());
            customers.add(0, new CustomerChoice(request.customerId(), name == null ? request.customerId() : name));
        }
        model.addAttribute("customers", customers);
        model.addAttribute("engineers", people.engineers());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("storedAttachments", stored);
        model.addAttribute("now", Instant.now(clock));
        return "repairs/new";
    }
}
