package com.aftersales.app.review;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.UserId;
import com.aftersales.api.review.DecideReviewDisputeCommand;
import com.aftersales.api.review.DisputeDecision;
import com.aftersales.api.review.DisputeReviewItemCommand;
import com.aftersales.api.review.EngineerReviewView;
import com.aftersales.api.review.ReviewDimension;
import com.aftersales.api.review.ReviewDisputeId;
import com.aftersales.api.review.ReviewDisputeStatus;
import com.aftersales.api.review.ReviewMetric;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.InvalidFieldException;
import com.aftersales.app.web.MonthParameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Engineer reviews as pages (E1–E3): the review of a period with its chart, one engineer's review
 * down to every fact, the engineer's own with a dispute form per item, and the supervisor's list of
 * disputes to decide. Disputes and decisions are sent as {@link DisputeReviewItemCommand} and
 * {@link DecideReviewDisputeCommand} through the command gateway; the dispute aggregate judges them.
 */
@WebPage
class ReviewPages {
    /** The period when none is asked: the last three months up to this one. */
    static final int DEFAULT_MONTHS = 3;

    private final ReviewReads reads;
    private final ReviewQueryController api;
    private final CommandGateway commands;
    private final UserAccounts accounts;
    private final RuleMessages messages;
    private final Clock clock;
    private final ZoneId companyZone;

    ReviewPages(
            ReviewReads reads,
            ReviewQueryController api,
            CommandGateway commands,
            UserAccounts accounts,
            RuleMessages messages,
            Clock clock,
            ZoneId companyZone) {
        this.reads = reads;
        this.api = api;
        this.commands = commands;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    @GetMapping("/reviews")
    @AllowedRoles({MANAGER, SUPERVISOR})
    String period(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @ModelAttribute("me") CurrentPerson me,
            Model model) {
        YearMonth[] period = period(from, to);
        model.addAttribute("review", reads.period(period[0], period[1]));
        model.addAttribute("dimensions", ReviewDimension.values());
        model.addAttribute("names", accounts.displayNames());
        return "reviews/period";
    }

    /** The export link of the period page: the file of {@code /api/reviews/export}, for a signed-in session. */
    @GetMapping("/reviews/export")
    @AllowedRoles({MANAGER, SUPERVISOR})
    void export(
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "zh") String lang,
            HttpServletResponse response)
            throws IOException {
        api.export(from, to, format, lang, response);
    }

    @GetMapping("/reviews/{engineerId}")
    @AllowedRoles({MANAGER, SUPERVISOR, ENGINEER})
    String engineer(
            @PathVariable String engineerId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @ModelAttribute("me") CurrentPerson me,
            Model model) {
        YearMonth[] period = period(from, to);
        EngineerReviewView review = reads.engineer(engineerId, period[0], period[1]);
        return engineerPage(review, me, model);
    }

    @GetMapping("/my/review")
    @AllowedRoles({ENGINEER})
    String mine(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @ModelAttribute("me") CurrentPerson me,
            Model model) {
        YearMonth[] period = period(from, to);
        return engineerPage(reads.engineer(me.userId(), period[0], period[1]), me, model);
    }

    /** E2: the engineer disputes one item of their own review. */
    @PostMapping("/reviews/disputes")
    @AllowedRoles({ENGINEER})
    String dispute(
            @RequestParam String metric,
            @RequestParam String factEventId,
            @RequestParam String month,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @ModelAttribute("me") CurrentPerson me,
            RedirectAttributes flash) {
        ReviewMetric item = metric(metric);
        UserId engineer = new UserId(me.userId());
        ReviewDisputeId id = ReviewDisputeId.of(engineer, item.name(), factEventId);
        boolean disputed = send(
                new DisputeReviewItemCommand(
                        id,
                        engineer,
                        item.dimension(),
                        item.name(),
                        factEventId,
                        MonthParameter.required("month", month),
                        reason),
                "reviews.flash.disputed",
                flash);
        if (disputed) {
            awaitShown(id, ReviewDisputeStatus.OPEN);
        }
        flash.addAttribute("from", from);
        flash.addAttribute("to", to);
        return "redirect:/my/review";
    }

    @GetMapping("/reviews/disputes")
    @AllowedRoles({SUPERVISOR, MANAGER})
    String disputes(@ModelAttribute("me") CurrentPerson me, Model model) {
        model.addAttribute("open", reads.disputes(ReviewDisputeStatus.OPEN));
        model.addAttribute("decided", reads.disputes(ReviewDisputeStatus.DECIDED));
        model.addAttribute("decisions", DisputeDecision.values());
        model.addAttribute("names", accounts.displayNames());
        return "reviews/disputes";
    }

    /** E2: a supervisor or a manager decides a dispute (never their own, S2: the aggregate judges). */
    @PostMapping("/reviews/disputes/{disputeId}/decision")
    @AllowedRoles({SUPERVISOR, MANAGER})
    String decide(
            @PathVariable String disputeId,
            @RequestParam String decision,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        ReviewDisputeId id;
        DisputeDecision decided;
        try {
            id = new ReviewDisputeId(disputeId);
            decided = DisputeDecision.valueOf(decision);
        } catch (IllegalArgumentException bad) {
            throw new InvalidFieldException("decision", "no such dispute or decision");
        }
        if (send(new DecideReviewDisputeCommand(id, decided, reason, null), "reviews.flash.decided", flash)) {
            awaitShown(id, ReviewDisputeStatus.DECIDED);
        }
        return "redirect:/reviews/disputes";
    }

    private String engineerPage(EngineerReviewView review, CurrentPerson me, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("own", review.review().engineerId().equals(me.userId()) && me.actsAs("ENGINEER"));
        model.addAttribute("dimensions", ReviewDimension.values());
        model.addAttribute("metrics", ReviewMetric.values());
        model.addAttribute("names", accounts.displayNames());
        return "reviews/engineer";
    }

    /** @return true when the command went through; else the flash holds the refusal */
    private boolean send(Object command, String done, RedirectAttributes flash) {
        try {
            commands.sendAndWait(command);
            flash.addFlashAttribute("flash", messages.text(done));
            return true;
        } catch (BusinessRuleViolation violation) {
            flash.addFlashAttribute("flashError", messages.text(violation));
        } catch (CommandExecutionException failure) {
            if (!(failure.getCause() instanceof BusinessRuleViolation violation)) {
                throw failure;
            }
            flash.addFlashAttribute("flashError", messages.text(violation));
        }
        return false;
    }

    /** The page that follows shows the dispute in {@code status} (the read model follows within moments). */
    private void awaitShown(ReviewDisputeId id, ReviewDisputeStatus status) {
        ReadYourWrites.await(
                () -> reads.disputes(status).stream()
                        .anyMatch(d -> d.disputeId().equals(id.value())),
                Boolean::booleanValue);
    }

    private YearMonth[] period(String from, String to) {
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            YearMonth now = YearMonth.now(clock.withZone(companyZone));
            return new YearMonth[] {now.minusMonths(DEFAULT_MONTHS - 1L), now};
        }
        return ReviewReads.period(from, to);
    }

    private static ReviewMetric metric(String metric) {
        try {
            return ReviewMetric.valueOf(metric);
        } catch (IllegalArgumentException bad) {
            throw new InvalidFieldException("metric", "no review metric " + metric);
        }
    }
}
