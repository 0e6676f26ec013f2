package com.aftersales.app.statistics;

import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.statistics.FigureFactView;
import com.aftersales.api.statistics.IssueTrigger;
import com.aftersales.api.statistics.IssuedReportView;
import com.aftersales.api.statistics.MonthlyFiguresView;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.aftersales.app.web.MonthParameter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly statistics as pages (M1–M3): a month's figures with the charts of the last twelve
 * months, the events behind one figure, the issued reports, one issued version beside the figures
 * now with the late events that changed them, and the check against the event store itself. A
 * MANAGER issues a finished month before the 5th and restates an issued one; the forms send the
 * same commands as the API, and a refusal comes back on the page with nothing stored.
 */
@WebPage
class StatisticsPages {
    /** The charts' span: the month shown and the eleven before it. */
    static final int CHART_MONTHS = 12;

    private final StatisticsReads reads;
    private final MonthlyReportIssuer issuer;
    private final StatisticsView view;
    private final UserAccounts accounts;
    private final FormErrors forms;
    private final RuleMessages messages;

    StatisticsPages(
            StatisticsReads reads,
            MonthlyReportIssuer issuer,
            StatisticsView view,
            UserAccounts accounts,
            FormErrors forms,
            RuleMessages messages) {
        this.reads = reads;
        this.issuer = issuer;
        this.view = view;
        this.accounts = accounts;
        this.forms = forms;
        this.messages = messages;
    }

    /** The restatement form: why the report is issued again. */
    record RestatementForm(@NotBlank @Size(max = 2000) String reason) {}

    /** Issuing takes no input; the form carries the refusal back. */
    record IssueForm() {}

    @GetMapping("/statistics")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    String latest(@org.springframework.web.bind.annotation.RequestParam(required = false) String month) {
        YearMonth shown = month == null || month.isBlank()
                ? YearMonth.from(issuer.today()).minusMonths(1)
                : MonthParameter.required("month", month);
        return "redirect:/statistics/months/" + shown;
    }

    @GetMapping("/statistics/months/{month}")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    String month(@PathVariable String month, @ModelAttribute("me") CurrentPerson me, Model model) {
        YearMonth of = MonthParameter.required("month", month);
        Locale locale = LocaleContextHolder.getLocale();
        MonthlyFiguresView now = reads.now(of);
        List<IssuedReportView> versions = reads.issued(of);
        List<MonthlyFiguresView> trend = reads.trend(of.minusMonths(CHART_MONTHS - 1L), of);
        model.addAttribute("month", of.toString());
        model.addAttribute("previousMonth", of.minusMonths(1).toString());
        model.addAttribute("nextMonth", of.plusMonths(1).toString());
        model.addAttribute("position", now.position());
        model.addAttribute("groups", view.groups(now.figures(), locale));
        model.addAttribute("versions", versions);
        model.addAttribute("costTrend", view.costTrend(trend, locale));
        model.addAttribute("slaTrend", view.slaTrend(trend, locale));
        model.addAttribute("repeatByModel", view.repeatRateByModel(now.figures()));
        model.addAttribute("names", accounts.displayNames());
        boolean over = YearMonth.from(issuer.today()).isAfter(of);
        model.addAttribute("monthOver", over);
        model.addAttribute("canIssue", me != null && me.actsAs(MANAGER.name()) && over && versions.isEmpty());
        if (!model.containsAttribute("issue")) {
            model.addAttribute("issue", new IssueForm());
        }
        return "statistics/month";
    }

    @PostMapping("/statistics/months/{month}/issue")
    @AllowedRoles({MANAGER})
    String issue(
            @PathVariable String month,
            @ModelAttribute("issue") IssueForm form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        YearMonth of = MonthParameter.required("month", month);
        AtomicReference<MonthlyReportIssuer.Issued> issued = new AtomicReference<>();
        if (!forms.submit(binding, () -> issued.set(issuer.issue(of, IssueTrigger.ON_DEMAND)))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return month(month, me, model);
        }
        ReadYourWrites.await(() -> issuer.listed(issued.get()), Boolean::booleanValue);
        flash.addFlashAttribute("flash", messages.text("statistics.flash.issued", of.toString()));
        return "redirect:/statistics/reports/" + of + "/versions/"
                + issued.get().version();
    }

    @GetMapping("/statistics/months/{month}/figures/{key}")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    String figure(@PathVariable String month, @PathVariable String key, Model model) {
        YearMonth of = MonthParameter.required("month", month);
        Locale locale = LocaleContextHolder.getLocale();
        List<FigureFactView> facts = reads.facts(of, key, null, null, StatisticsReads.MAX_FACTS);
        MonthlyFiguresView now = reads.now(of);
        model.addAttribute("month", of.toString());
        model.addAttribute("key", key);
        model.addAttribute("name", view.name(key, locale));
        model.addAttribute("value", now.value(key).orElse(null));
        model.addAttribute("facts", view.facts(facts, locale));
        model.addAttribute("limited", facts.size() == StatisticsReads.MAX_FACTS);
        model.addAttribute("names", accounts.displayNames());
        return "statistics/figure";
    }

    @GetMapping("/statistics/reports")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    String reports(Model model) {
        model.addAttribute("reports", reads.allIssued());
        model.addAttribute("names", accounts.displayNames());
        return "statistics/reports";
    }

    @GetMapping("/statistics/reports/{month}/versions/{version}")
    @AllowedRoles({MANAGER, FINANCE, QUALITY, SUPERVISOR})
    String version(
            @PathVariable String month,
            @PathVariable int version,
            @ModelAttribute("me") CurrentPerson me,
            Model model) {
        YearMonth of = MonthParameter.required("month", month);
        Locale locale = LocaleContextHolder.getLocale();
        ReportComparison comparison = issuer.compare(of, version);
        List<IssuedReportView> versions = reads.issued(of);
        int latest = versions.stream().mapToInt(IssuedReportView::version).max().orElse(version);
        model.addAttribute("month", of.toString());
        model.addAttribute("comparison", comparison);
        model.addAttribute("rows", view.comparisonRows(comparison, locale));
        model.addAttribute("lateEvents", view.lateEvents(comparison, locale));
        model.addAttribute("chart", view.issuedVersusNow(comparison, locale));
        model.addAttribute("versions", versions);
        model.addAttribute("latest", latest);
        model.addAttribute("names", accounts.displayNames());
        model.addAttribute("canRestate", me != null && me.actsAs(MANAGER.name()) && version == latest);
        if (!model.containsAttribute("restatement")) {
            model.addAttribute("restatement", new RestatementForm(""));
        }
        return "statistics/report";
    }

    @PostMapping("/statistics/reports/{month}/versions/{version}/restatement")
    @AllowedRoles({MANAGER})
    String restate(
            @PathVariable String month,
            @PathVariable int version,
            @Valid @ModelAttribute("restatement") RestatementForm form,
            BindingResult binding,
            @ModelAttribute("me") CurrentPerson me,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        YearMonth of = MonthParameter.required("month", month);
        AtomicReference<MonthlyReportIssuer.Issued> issued = new AtomicReference<>();
        if (!forms.submit(binding, () -> issued.set(issuer.restate(of, version, form.reason())))) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return version(month, version, me, model);
        }
        ReadYourWrites.await(() -> issuer.listed(issued.get()), Boolean::booleanValue);
        flash.addFlashAttribute(
                "flash",
                messages.text(
                        "statistics.flash.restated", of.toString(), issued.get().version()));
        return "redirect:/statistics/reports/" + of + "/versions/"
                + issued.get().version();
    }

    @GetMapping("/statistics/reports/{month}/versions/{version}/replay")
    @AllowedRoles({MANAGER, FINANCE})
    String replay(@PathVariable String month, @PathVariable int version, Model model) {
        YearMonth of = MonthParameter.required("month", month);
        IssuedReportView issued = reads.version(of, version);
        ReplayCheck check = ReplayCheck.of(issued, reads.replay(of, issued.streamPosition()));
        model.addAttribute("month", of.toString());
        model.addAttribute("issued", issued);
        model.addAttribute("check", check);
        model.addAttribute("mismatches", view.names(check.mismatches(), LocaleContextHolder.getLocale()));
        return "statistics/replay";
    }
}
