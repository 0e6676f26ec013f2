package com.aftersales.app.complaint;

import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.Role;
import com.aftersales.api.complaint.ComplaintAnalysisView;
import com.aftersales.api.complaint.ComplaintCategory;
import com.aftersales.api.complaint.ComplaintCause;
import com.aftersales.api.complaint.ComplaintFilter;
import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.complaint.ComplaintStatus;
import com.aftersales.api.complaint.ComplaintSummaryView;
import com.aftersales.api.complaint.ComplaintView;
import com.aftersales.api.complaint.FeedbackMethod;
import com.aftersales.api.complaint.FindComplaintAnalysisQuery;
import com.aftersales.api.penalty.PenaltyKind;
import com.aftersales.app.complaint.ComplaintRequests.CauseAnalysisRequest;
import com.aftersales.app.complaint.ComplaintRequests.FeedbackRequest;
import com.aftersales.app.complaint.ComplaintRequests.HandlingRequest;
import com.aftersales.app.complaint.ComplaintRequests.PenaltyRequest;
import com.aftersales.app.complaint.ComplaintRequests.PlanRequest;
import com.aftersales.app.complaint.ComplaintRequests.ResultRequest;
import com.aftersales.app.complaint.ComplaintRequests.ReviewRequest;
import com.aftersales.app.customer.CustomerNames;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Complaints as pages (C1–C5): the register with its filters, one complaint with its steps, links
 * and facts and the form of the next step for the acting role, the periodic analysis, and one
 * engineer's complaints. Each form binds to the API's request record ({@link ComplaintRequests})
 * and is handed to the same {@link ComplaintController} handler, so the page sends exactly the
 * API's command through the gateway after exactly its checks; a refusal comes back into the form
 * with nothing stored. Reads go through {@link ComplaintReads},
 * so an ENGINEER sees only the complaints about themselves here too.
 */
@WebPage
class ComplaintPages {
    /** How many complaints the register shows at most. */
    static final int REGISTER_LIMIT = 200;

    /** The analysis's period when none is asked: the last six months up to this one. */
    static final int DEFAULT_MONTHS = 6;

    private final ComplaintController api;
    private final ComplaintReads reads;
    private final UserAccounts accounts;
    private final CustomerNames customers;
    private final FormErrors forms;
    private final RuleMessages messages;
    private final Clock clock;
    private final ZoneId companyZone;

    ComplaintPages(
            ComplaintController api,
            ComplaintReads reads,
            UserAccounts accounts,
            CustomerNames customers,
            FormErrors forms,
            RuleMessages messages,
            Clock clock,
            ZoneId companyZone) {
        this.api = api;
        this.reads = reads;
        this.accounts = accounts;
        this.customers = customers;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    // ---------------------------------------------------------------- the register

    @GetMapping("/complaints")
    @AllowedRoles({CLERK, SUPERVISOR, QUALITY, MANAGER, ENGINEER})
    String register(
            @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(required = false) ComplaintCategory category,
            @RequestParam(required = false) String engineerId,
            @RequestParam(required = false) String product,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @ModelAttribute("me") CurrentPerson me,
            Model model) {
        YearMonth registeredIn = ComplaintReads.month("month", month);
        ComplaintFilter filter = new ComplaintFilter(
                status, category, ComplaintReads.readableBy(engineerId), product, registeredIn, overdueOnly);
        List<ComplaintSummaryView> complaints = reads.list(filter, REGISTER_LIMIT);
        model.addAttribute("complaints", complaints);
        model.addAttribute("filter", filter);
        model.addAttribute("month", registeredIn == null ? "" : registeredIn.toString());
        model.addAttribute("limited", complaints.size() == REGISTER_LIMIT);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("engineers", engineers());
        model.addAttribute("names", accounts.displayNames());
        return "complaints/register";
    }

    // ---------------------------------------------------------------- one complaint

    @GetMapping("/complaints/{complaintId}")
    @AllowedRoles({CLERK, SUPERVISOR, QUALITY, MANAGER, ENGINEER})
    String complaint(@PathVariable String complaintId, @ModelAttribute("me") CurrentPerson me, Model model) {
        return page(complaintId, me, model);
    }

    @PostMapping("/complaints/{complaintId}/review")
    @AllowedRoles({SUPERVISOR})
    String review(
            @PathVariable String complaintId,
            @Valid @ModelAttribute("review") ReviewRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        return step(
                complaint,
                binding,
                () -> api.review(complaintId, form),
                "review",
                form.authentic() && form.reasonable() ? "complaints.flash.accepted" : "complaints.flash.rejected",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/complaints/{complaintId}/cause-analysis")
    @AllowedRoles({SUPERVISOR})
    String analyse(
            @PathVariable String complaintId,
            @Valid @ModelAttribute("causeAnalysis") CauseAnalysisRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        return step(
                complaint,
                binding,
                () -> api.analyse(complaintId, form),
                "causeAnalysis",
                "complaints.flash.analysed",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/complaints/{complaintId}/plan")
    @AllowedRoles({SUPERVISOR})
    String plan(
            @PathVariable String complaintId,
            @Valid @ModelAttribute("plan") PlanRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        return step(
                complaint,
                binding,
                () -> api.plan(complaintId, form),
                "plan",
                "complaints.flash.planned",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/complaints/{complaintId}/handling")
    @AllowedRoles({SUPERVISOR, CLERK})
    String handle(
            @PathVariable String complaintId,
            @Valid @ModelAttribute("handling") HandlingRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        return step(
                complaint,
                binding,
                () -> api.handle(complaintId, form),
                "handling",
                "complaints.flash.handled",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/complaints/{complaintId}/feedback")
    @AllowedRoles({SUPERVISOR, CLERK})
    String feedback(
            @PathVariable String complaintId,
            @Valid @ModelAttribute("feedback") FeedbackRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        return step(
                complaint,
                binding,
                () -> api.feedback(complaintId, form),
                "feedback",
                "complaints.flash.feedback",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/complaints/{complaintId}/result")
    @AllowedRoles({SUPERVISOR})
    String result(
            @PathVariable String complaintId,
            @Valid @ModelAttribute("result") ResultRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        return step(
                complaint,
                binding,
                () -> api.result(complaintId, form),
                "result",
                "complaints.flash.resultSent",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/complaints/{complaintId}/archive")
    @AllowedRoles({SUPERVISOR})
    String archive(
            @PathVariable String complaintId,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        ArchiveForm form = new ArchiveForm(complaint.value());
        BindingResult binding = new org.springframework.validation.BeanPropertyBindingResult(form, "archive");
        model.addAttribute("archive", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "archive", binding);
        return step(
                complaint,
                binding,
                () -> api.archive(complaintId),
                "archive",
                "complaints.flash.archived",
                me,
                model,
                flash,
                response);
    }

    @PostMapping("/complaints/{complaintId}/penalty")
    @AllowedRoles({SUPERVISOR})
    String proposePenalty(
            @PathVariable String complaintId,
            @Valid @ModelAttribute("penalty") PenaltyRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        ComplaintId complaint = ComplaintReads.parse(complaintId);
        return step(
                complaint,
                binding,
                () -> {
                    try {
                        api.penalty(complaintId, form);
                    } catch (IllegalArgumentException badEvidence) {
                        throw new InvalidFieldException("evidence", badEvidence.getMessage());
                    }
                },
                "penalty",
                "complaints.flash.penaltyProposed",
                me,
                model,
                flash,
                response);
    }

    /** The archive form has no fields: a button, confirmed, and the rule errors it may meet. */
    record ArchiveForm(String complaintId) {}

    private String step(
            ComplaintId complaint,
            BindingResult binding,
            Runnable command,
            String form,
            String done,
            CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        // the complaint must be one the person may read before they act on it
        reads.find(complaint.value());
        if (!forms.submit(binding, command)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", form);
            return page(complaint.value(), me, model);
        }
        ReadYourWrites.await(() -> reads.findOrNull(complaint), shown -> shown != null && shown.caughtUp());
        flash.addFlashAttribute("flash", messages.text(done));
        return "redirect:/complaints/" + complaint.value();
    }

    /** The next step's form for the acting role; none for the engineer the complaint is about (S2). */
    private String page(String complaintId, CurrentPerson me, Model model) {
        ComplaintView complaint = reads.find(complaintId);
        ComplaintSummaryView s = complaint.summary();
        model.addAttribute("complaint", complaint);
        model.addAttribute("s", s);
        model.addAttribute("names", accounts.displayNames());
        model.addAttribute(
                "customerName",
                s.customerId() == null
                        ? null
                        : customers.of(List.of(s.customerId())).get(s.customerId()));
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("causes", ComplaintCause.values());
        model.addAttribute("methods", FeedbackMethod.values());
        model.addAttribute("kinds", PenaltyKind.values());
        boolean self = me != null && me.userId().equals(s.engineerId());
        boolean supervisor = me != null && me.actsAs(SUPERVISOR.name());
        boolean clerk = me != null && me.actsAs(CLERK.name());
        model.addAttribute("self", self && (supervisor || clerk));
        if (self) {
            return "complaints/detail";
        }
        ComplaintStatus status = s.status();
        boolean rejected = Boolean.FALSE.equals(s.accepted());
        if (supervisor && status == ComplaintStatus.REGISTERED && !model.containsAttribute("review")) {
            model.addAttribute("review", new ReviewRequest(false, false, s.category(), null));
        }
        if (supervisor && status == ComplaintStatus.ACCEPTED && !model.containsAttribute("causeAnalysis")) {
            model.addAttribute("causeAnalysis", new CauseAnalysisRequest(null, null));
        }
        if (supervisor && status == ComplaintStatus.CAUSE_ANALYSED && !model.containsAttribute("plan")) {
            model.addAttribute("plan", new PlanRequest(null));
        }
        if ((supervisor || clerk)
                && status == ComplaintStatus.HANDLING_PLANNED
                && !model.containsAttribute("handling")) {
            model.addAttribute("handling", new HandlingRequest(null));
        }
        if ((supervisor || clerk)
                && s.feedbackGivenAt() == null
                && (status == ComplaintStatus.HANDLED || status == ComplaintStatus.REJECTED)
                && !model.containsAttribute("feedback")) {
            model.addAttribute("feedback", new FeedbackRequest(null, null, false));
        }
        if (supervisor && status == ComplaintStatus.FEEDBACK_GIVEN && !model.containsAttribute("result")) {
            model.addAttribute("result", new ResultRequest(null, List.of()));
        }
        if (supervisor
                && (status == ComplaintStatus.RESULT_SENT || (rejected && status != ComplaintStatus.ARCHIVED))
                && !model.containsAttribute("archive")) {
            model.addAttribute("archive", new ArchiveForm(s.complaintId()));
        }
        if (supervisor
                && Boolean.TRUE.equals(s.accepted())
                && s.serious()
                && s.engineerId() != null
                && s.penaltyId() == null
                && status != ComplaintStatus.ARCHIVED
                && !model.containsAttribute("penalty")) {
            model.addAttribute("penalty", new PenaltyRequest(null, null, List.of()));
        }
        return "complaints/detail";
    }

    // ---------------------------------------------------------------- the analysis

    @GetMapping("/complaints/analysis")
    @AllowedRoles({CLERK, SUPERVISOR, QUALITY, MANAGER})
    String analysis(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        YearMonth now = YearMonth.from(clock.instant().atZone(companyZone));
        YearMonth last = ComplaintReads.month("to", to);
        last = last == null ? now : last;
        YearMonth first = ComplaintReads.month("from", from);
        first = first == null ? last.minusMonths(DEFAULT_MONTHS - 1L) : first;
        if (last.isBefore(first)) {
            throw new InvalidFieldException("to", "to is before from");
        }
        if (first.plusMonths(FindComplaintAnalysisQuery.MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidFieldException("to", "at most " + FindComplaintAnalysisQuery.MAX_MONTHS + " months");
        }
        ComplaintAnalysisView analysis = reads.analysis(first, last);
        model.addAttribute("analysis", analysis);
        model.addAttribute("names", accounts.displayNames());
        return "complaints/analysis";
    }

    // ---------------------------------------------------------------- one engineer's complaints

    @GetMapping("/engineers/{engineerId}/complaints")
    @AllowedRoles({CLERK, SUPERVISOR, QUALITY, MANAGER, ENGINEER})
    String ofEngineer(
            @PathVariable String engineerId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        YearMonth first = ComplaintReads.month("from", from);
        YearMonth last = ComplaintReads.month("to", to);
        List<ComplaintSummaryView> complaints = reads.ofEngineer(engineerId, first, last);
        model.addAttribute("complaints", complaints);
        model.addAttribute("engineerId", engineerId);
        model.addAttribute("from", first == null ? "" : first.toString());
        model.addAttribute("to", last == null ? "" : last.toString());
        model.addAttribute(
                "acceptedCount",
                complaints.stream()
                        .filter(c -> Boolean.TRUE.equals(c.accepted()))
                        .count());
        model.addAttribute(
                "seriousCount",
                complaints.stream()
                        .filter(c -> Boolean.TRUE.equals(c.accepted()) && c.serious())
                        .count());
        model.addAttribute("names", accounts.displayNames());
        return "complaints/engineer";
    }

    /** An engineer's own complaints, from the menu. */
    @GetMapping("/my/complaints")
    @AllowedRoles({ENGINEER})
    String mine(@ModelAttribute("me") CurrentPerson me) {
        return "redirect:/engineers/" + me.userId() + "/complaints";
    }

    private Map<String, String> engineers() {
        Map<String, String> engineers = new TreeMap<>();
        accounts.all().stream()
                .filter(account -> account.holds(Role.ENGINEER))
                .forEach(account -> engineers.put(account.userId(), account.displayName()));
        return engineers;
    }
}
