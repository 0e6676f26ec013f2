package com.aftersales.app.quality;

import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.quality.FindQualityReviewQuery;
import com.aftersales.api.quality.FindQualityReviewQueueQuery;
import com.aftersales.api.quality.FindRepeatRatesQuery;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.quality.QualityReviewView;
import com.aftersales.api.quality.RepeatRateDimension;
import com.aftersales.api.quality.RepeatRateView;
import com.aftersales.api.quality.ReviewStatus;
import com.aftersales.app.contract.HistoryLines;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.quality.QualityRequests.DecisionRequest;
import com.aftersales.app.quality.QualityRequests.RevisionRequest;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.UnknownResourceException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
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
 * The quality reviews as pages (R13): the queue, one review with its facts, evidence, history and
 * the decision form for QUALITY, and the repeat-repair rates. Each handler allows the roles of its
 * {@link QualityReviewController} twin and sends the same command.
 */
@WebPage
class QualityPages {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UserAccounts accounts;
    private final HistoryLines historyLines;
    private final FormErrors forms;
    private final RuleMessages messages;

    QualityPages(
            CommandGateway commands,
            QueryGateway queries,
            UserAccounts accounts,
            HistoryLines historyLines,
            FormErrors forms,
            RuleMessages messages) {
        this.commands = commands;
        this.queries = queries;
        this.accounts = accounts;
        this.historyLines = historyLines;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/quality/reviews")
    @AllowedRoles({QUALITY, MANAGER, SUPERVISOR})
    String queue(@RequestParam(required = false) ReviewStatus status, Model model) {
        model.addAttribute(
                "reviews",
                queries.query(
                                new FindQualityReviewQueueQuery(status),
                                ResponseTypes.multipleInstancesOf(QualityReviewView.class))
                        .join());
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("names", accounts.displayNames());
        return "quality/reviews";
    }

    @GetMapping("/quality/reviews/{reviewId}")
    @AllowedRoles({QUALITY, MANAGER, SUPERVISOR})
    String review(@PathVariable String reviewId, @ModelAttribute("me") CurrentPerson me, Model model) {
        return reviewPage(QualityReviewController.parse(reviewId), me, model);
    }

    @PostMapping("/quality/reviews/{reviewId}/decision")
    @AllowedRoles({QUALITY})
    String decide(
            @PathVariable String reviewId,
            @Valid @ModelAttribute("decideReview") DecisionRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        QualityReviewId review = QualityReviewController.parse(reviewId);
        if (!forms.submit(binding, () -> commands.sendAndWait(form.command(review)))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", "decideReview");
            return reviewPage(review, me, model);
        }
        ReadYourWrites.await(() -> find(review), shown -> shown != null && shown.status() == ReviewStatus.DECIDED);
        flash.addFlashAttribute("flash", messages.text("quality.flash.decided"));
        return "redirect:/quality/reviews/" + review.value();
    }

    @PostMapping("/quality/reviews/{reviewId}/revision")
    @AllowedRoles({QUALITY})
    String revise(
            @PathVariable String reviewId,
            @Valid @ModelAttribute("reviseReview") RevisionRequest form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        QualityReviewId review = QualityReviewController.parse(reviewId);
        int before = find(review) == null ? 0 : find(review).revision();
        if (!forms.submit(binding, () -> commands.sendAndWait(form.command(review)))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refused", "reviseReview");
            return reviewPage(review, me, model);
        }
        ReadYourWrites.await(() -> find(review), shown -> shown != null && shown.revision() > before);
        flash.addFlashAttribute("flash", messages.text("quality.flash.revised"));
        return "redirect:/quality/reviews/" + review.value();
    }

    @GetMapping("/quality/repeat-rates")
    @AllowedRoles({QUALITY, MANAGER, SUPERVISOR})
    String rates(@RequestParam(required = false) RepeatRateDimension by, Model model) {
        RepeatRateDimension dimension = by == null ? RepeatRateDimension.ENGINEER : by;
        model.addAttribute(
                "rates",
                queries.query(
                                new FindRepeatRatesQuery(dimension),
                                ResponseTypes.multipleInstancesOf(RepeatRateView.class))
                        .join());
        model.addAttribute("by", dimension);
        model.addAttribute("dimensions", RepeatRateDimension.values());
        model.addAttribute("names", accounts.displayNames());
        return "quality/repeat-rates";
    }

    private String reviewPage(QualityReviewId reviewId, CurrentPerson me, Model model) {
        QualityReviewView review = find(reviewId);
        if (review == null) {
            throw new UnknownResourceException("no quality review " + reviewId);
        }
        List<HistoryEntryView> history = queries.query(
                        new FindAggregateHistoryQuery(reviewId.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        model.addAttribute("review", review);
        model.addAttribute("names", accounts.displayNames());
        model.addAttribute("history", historyLines.of(history));
        model.addAttribute("earlierOrder", new EvidenceRef(EvidenceKind.REPAIR_ORDER, review.earlierRepairOrderId()));
        model.addAttribute("laterOrder", new EvidenceRef(EvidenceKind.REPAIR_ORDER, review.laterRepairOrderId()));
        if (me != null && me.actsAs(QUALITY.name())) {
            List<String> orders = new ArrayList<>(List.of(
                    "REPAIR_ORDER:" + review.earlierRepairOrderId(), "REPAIR_ORDER:" + review.laterRepairOrderId()));
            if (review.status() == ReviewStatus.OPEN && !model.containsAttribute("decideReview")) {
                model.addAttribute("decideReview", new DecisionRequest(null, null, orders, null, null, null, null));
            }
            if (review.status() == ReviewStatus.DECIDED && !model.containsAttribute("reviseReview")) {
                model.addAttribute("reviseReview", new RevisionRequest(null, null, orders, null, null, null));
            }
        }
        return "quality/review";
    }

    private QualityReviewView find(QualityReviewId reviewId) {
        return queries.query(new FindQualityReviewQuery(reviewId), ResponseTypes.instanceOf(QualityReviewView.class))
                .join();
    }
}
