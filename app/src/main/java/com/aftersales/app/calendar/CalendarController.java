package com.aftersales.app.calendar;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.calendar.AddWorkingDaysQuery;
import com.aftersales.api.calendar.CalendarId;
import com.aftersales.api.calendar.CalendarYearView;
import com.aftersales.api.calendar.CorrectCalendarDayCommand;
import com.aftersales.api.calendar.DayKind;
import com.aftersales.api.calendar.FindCalendarYearQuery;
import com.aftersales.api.calendar.SetBusinessHoursCommand;
import com.aftersales.api.calendar.WithdrawCalendarCorrectionCommand;
import com.aftersales.api.calendar.WorkingDaysView;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.app.security.AllowedRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * W1, W2: the working-day calendars, a setting recorded as events. Everyone signed in reads them
 * and counts working days with them; only an administrator corrects a day or sets the hours.
 */
@RestController
@RequestMapping("/api/calendars/{id}")
@Tag(name = "Working-day calendar", description = "工作日历, RULES W1 working days, W2 business hours")
class CalendarController {
    private static final String ID = "[A-Za-z0-9-]{1,64}";

    private final CommandGateway commands;
    private final QueryGateway queries;

    CalendarController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** What a day becomes, and why. */
    record DayRequest(
            @NotNull DayKind kind,
            @NotBlank @Size(max = 500) String reason) {}

    /** Why a correction is withdrawn. */
    record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

    /** A working day's hours, opens before closes, in the company's zone. */
    record HoursRequest(
            @NotNull LocalTime opens,
            @NotNull LocalTime closes,
            @NotBlank @Size(max = 500) String reason) {}

    @GetMapping("/days")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(
            summary = "The year's non-ordinary days (holidays, adjusted working days 调休, corrections), with the"
                    + " calendar's version, hours and whether the official calendar covers the year (W1)")
    CalendarYearView days(@PathVariable @Pattern(regexp = ID) String id, @RequestParam @Min(1900) @Max(2200) int year) {
        return queries.query(new FindCalendarYearQuery(new CalendarId(id), year), CalendarYearView.class)
                .join();
    }

    @PutMapping("/days/{date}")
    @AllowedRoles({ADMIN})
    @Operation(summary = "Make the day a WORKING_DAY or a HOLIDAY whatever the official calendar says (W1)")
    Map<String, Object> correct(
            @PathVariable @Pattern(regexp = ID) String id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody DayRequest body) {
        commands.sendAndWait(new CorrectCalendarDayCommand(new CalendarId(id), date, body.kind(), body.reason()));
        return Map.of("calendarId", id, "day", date, "kind", body.kind());
    }

    @DeleteMapping("/days/{date}")
    @AllowedRoles({ADMIN})
    @Operation(
            summary = "Withdraw the day's correction; the official calendar holds again (W1). Reason as"
                    + " ?reason= or in the body")
    Map<String, Object> withdraw(
            @PathVariable @Pattern(regexp = ID) String id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Size(max = 500) String reason,
            @Valid @RequestBody(required = false) ReasonRequest body) {
        String why = reason != null ? reason : body == null ? null : body.reason();
        commands.sendAndWait(new WithdrawCalendarCorrectionCommand(new CalendarId(id), date, why));
        return Map.of("calendarId", id, "day", date, "withdrawn", true);
    }

    @PutMapping("/business-hours")
    @AllowedRoles({ADMIN})
    @Operation(summary = "Set the hours a working day is open, opens before closes (W2)")
    Map<String, Object> hours(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody HoursRequest body) {
        commands.sendAndWait(
                new SetBusinessHoursCommand(new CalendarId(id), body.opens(), body.closes(), body.reason()));
        return Map.of("calendarId", id, "opens", body.opens(), "closes", body.closes());
    }

    @GetMapping("/history")
    @AllowedRoles({ADMIN, MANAGER})
    @Operation(summary = "Every change of the calendar: what, when, by whom, in which role (S3)")
    List<HistoryEntryView> history(@PathVariable @Pattern(regexp = ID) String id) {
        return queries.query(
                        new FindAggregateHistoryQuery(new CalendarId(id).toString()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
    }

    @GetMapping("/working-days")
    @AllowedRoles({CLERK, ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "The date that is `days` working days after `from` (from itself not counted) (W1)")
    WorkingDaysView workingDays(
            @PathVariable @Pattern(regexp = ID) String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @Min(0) @Max(3650) int days) {
        return queries.query(new AddWorkingDaysQuery(new CalendarId(id), from, days), WorkingDaysView.class)
                .join();
    }
}
