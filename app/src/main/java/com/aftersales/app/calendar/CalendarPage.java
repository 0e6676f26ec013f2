package com.aftersales.app.calendar;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.calendar.CalendarDayView;
import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.CalendarYearView;
import com.aftersales.api.calendar.CorrectCalendarDayCommand;
import com.aftersales.api.calendar.DayKind;
import com.aftersales.api.calendar.DaySource;
import com.aftersales.api.calendar.FindCalendarYearQuery;
import com.aftersales.api.calendar.SetBusinessHoursCommand;
import com.aftersales.api.calendar.WithdrawCalendarCorrectionCommand;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.app.admin.AdminActions;
import com.aftersales.app.calendar.CalendarController.HoursRequest;
import com.aftersales.app.organisation.UserAccounts;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.ui.FormErrors;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.WebPage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The company calendar (工作日历, W1, W2) as a year: official holidays, adjusted working days (调休)
 * and the administrator's corrections, the business hours, and the forms that send the same
 * commands as {@link CalendarController}. Everyone who may read the calendar over the API may read
 * this page; its history only administrators and management, as {@code GET .../history}.
 */
@WebPage
class CalendarPage {
    private static final String PAGE = "/admin/calendar";
    private static final CalendarId CALENDAR = CalendarId.COMPANY;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final FormErrors formErrors;
    private final AdminActions actions;
    private final RuleMessages texts;
    private final UserAccounts accounts;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId companyZone;

    CalendarPage(
            CommandGateway commands,
            QueryGateway queries,
            FormErrors formErrors,
            AdminActions actions,
            RuleMessages texts,
            UserAccounts accounts,
            ObjectMapper json,
            Clock clock,
            ZoneId companyZone) {
        this.commands = commands;
        this.queries = queries;
        this.formErrors = formErrors;
        this.actions = actions;
        this.texts = texts;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    /**
     * A correction as typed into the form: the API carries the day in its path
     * ({@code PUT /api/calendars/{id}/days/{date}}), a form has to carry it as a field.
     */
    record DayCorrection(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate day,

            @NotNull DayKind kind,
            @NotBlank @Size(max = 500) String reason) {}

    /** One day of the month grid; {@code special} is null for an ordinary day. */
    record DayCell(LocalDate date, DayKind kind, CalendarDayView special) {
        public boolean corrected() {
            return special != null && special.source() == DaySource.CORRECTION;
        }
    }

    /** A month as weeks of seven cells from Monday; null cells pad the first and last week. */
    record MonthGrid(String title, List<List<DayCell>> weeks) {}

    /** One change of the calendar, read off its event. */
    record Change(
            int version,
            String eventType,
            Instant recordedAt,
            String actor,
            String actorRole,
            LocalDate day,
            DayKind kind,
            String opens,
            String closes,
            String reason) {}

    @GetMapping(PAGE)
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock.withZone(companyZone)).getYear() : year;
        if (shown < 1900 || shown > 2200) {
            shown = LocalDate.now(clock.withZone(companyZone)).getYear();
        }
        show(shown, model);
        model.addAttribute("correction", new DayCorrection(null, DayKind.HOLIDAY, null));
        CalendarYearView view = (CalendarYearView) model.getAttribute("view");
        model.addAttribute("hours", new HoursRequest(view.opens(), view.closes(), null));
        return "admin/calendar";
    }

    /** W1, as {@code PUT /api/calendars/company/days/{date}}. */
    @PostMapping(PAGE + "/days")
    @AllowedRoles({ADMIN})
    String correct(
            @Valid @ModelAttribute("correction") DayCorrection correction,
            BindingResult form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        boolean done = formErrors.submit(
                form,
                () -> commands.sendAndWait(new CorrectCalendarDayCommand(
                        CALENDAR, correction.day(), correction.kind(), correction.reason())));
        if (!done) {
            int year = correction.day() == null
                    ? LocalDate.now(clock.withZone(companyZone)).getYear()
                    : correction.day().getYear();
            return again(year, model, response, null);
        }
        flash.addFlashAttribute(
                "flash",
                texts.text(
                        "admin.calendar.corrected",
                        correction.day().toString(),
                        texts.text("enum.DayKind." + correction.kind().name())));
        return "redirect:" + PAGE + "?year=" + correction.day().getYear() + "#days";
    }

    /** W1, as {@code DELETE /api/calendars/company/days/{date}}. */
    @PostMapping(PAGE + "/days/{date}/withdrawal")
    @AllowedRoles({ADMIN})
    String withdraw(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return actions.run(PAGE + "?year=" + date.getYear() + "#days", flash, () -> {
            commands.sendAndWait(new WithdrawCalendarCorrectionCommand(CALENDAR, date, reason));
            return texts.text("admin.calendar.withdrawn", date.toString());
        });
    }

    /** W2, as {@code PUT /api/calendars/company/business-hours}. */
    @PostMapping(PAGE + "/business-hours")
    @AllowedRoles({ADMIN})
    String hours(
            @Valid @ModelAttribute("hours") HoursRequest hours,
            BindingResult form,
            @RequestParam(required = false) Integer year,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        boolean done = formErrors.submit(
                form,
                () -> commands.sendAndWait(
                        new SetBusinessHoursCommand(CALENDAR, hours.opens(), hours.closes(), hours.reason())));
        int shown = year == null ? LocalDate.now(clock.withZone(companyZone)).getYear() : year;
        if (!done) {
            return again(shown, model, response, hours);
        }
        flash.addFlashAttribute("flash", texts.text("admin.calendar.hoursSet", hours.opens(), hours.closes()));
        return "redirect:" + PAGE + "?year=" + shown + "#hours";
    }

    /** The page again with the refused form as typed, the other form fresh. */
    private String again(int year, Model model, HttpServletResponse response, HoursRequest hours) {
        show(year, model);
        CalendarYearView view = (CalendarYearView) model.getAttribute("view");
        if (hours == null) {
            model.addAttribute("hours", new HoursRequest(view.opens(), view.closes(), null));
        } else {
            model.addAttribute("correction", new DayCorrection(null, DayKind.HOLIDAY, null));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return "admin/calendar";
    }

    private void show(int year, Model model) {
        CalendarYearView view = queries.query(new FindCalendarYearQuery(CALENDAR, year), CalendarYearView.class)
                .join();
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("calendarId", CALENDAR.value());
        model.addAttribute("year", year);
        model.addAttribute("years", years(year));
        model.addAttribute("view", view);
        model.addAttribute("months", months(view, locale));
        model.addAttribute("weekdays", weekdays(locale));
        model.addAttribute(
                "corrections",
                view.days().stream()
                        .filter(day -> day.source() == DaySource.CORRECTION)
                        .toList());
        boolean mayReadHistory = ActingUser.current()
                .map(actor ->
                        ADMIN.name().equals(actor.role()) || MANAGER.name().equals(actor.role()))
                .orElse(false);
        model.addAttribute("history", mayReadHistory ? history() : null);
    }

    /** A few years around today's and the one shown, for the year choice. */
    private List<Integer> years(int shown) {
        int now = LocalDate.now(clock.withZone(companyZone)).getYear();
        TreeSet<Integer> years = new TreeSet<>();
        for (int y = now - 2; y <= now + 2; y++) {
            years.add(y);
        }
        years.add(shown);
        return List.copyOf(years);
    }

    private static List<MonthGrid> months(CalendarYearView view, Locale locale) {
        Map<LocalDate, CalendarDayView> special =
                view.days().stream().collect(Collectors.toMap(CalendarDayView::day, Function.identity()));
        DateTimeFormatter title = DateTimeFormatter.ofPattern("LLLL", locale);
        List<MonthGrid> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(view.year(), m);
            List<List<DayCell>> weeks = new ArrayList<>();
            List<DayCell> week = new ArrayList<>(
                    Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, null));
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                CalendarDayView day = special.get(date);
                DayKind kind = day != null ? day.kind() : weekend(date) ? DayKind.HOLIDAY : DayKind.WORKING_DAY;
                week.add(new DayCell(date, kind, day));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            months.add(new MonthGrid(title.format(month), weeks));
        }
        return months;
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static List<String> weekdays(Locale locale) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(day.getDisplayName(TextStyle.SHORT, locale));
        }
        return names;
    }

    /** Newest first, each with what it changed. */
    private List<Change> history() {
        List<HistoryEntryView> entries = queries.query(
                        new FindAggregateHistoryQuery(CALENDAR.toString()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        Map<String, String> names = accounts.displayNames();
        List<Change> changes = new ArrayList<>();
        for (HistoryEntryView entry : entries) {
            JsonNode payload = payload(entry.payloadJson());
            changes.add(new Change(
                    payload.path("version").asInt((int) entry.sequenceNumber() + 1),
                    entry.eventType(),
                    entry.recordedAt(),
                    names.getOrDefault(entry.actorUserId(), entry.actorUserId()),
                    entry.actorRole(),
                    payload.hasNonNull("day")
                            ? LocalDate.parse(payload.get("day").asText())
                            : null,
                    payload.hasNonNull("kind")
                            ? DayKind.valueOf(payload.get("kind").asText())
                            : null,
                    text(payload, "opens"),
                    text(payload, "closes"),
                    text(payload, "reason")));
        }
        Collections.reverse(changes);
        return changes;
    }

    private JsonNode payload(String payloadJson) {
        try {
            return json.readTree(payloadJson);
        } catch (JsonProcessingException unreadable) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode payload, String field) {
        return payload.hasNonNull(field) ? payload.get(field).asText() : null;
    }
}
