package com.aftersales.app.ticket;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.Role;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.DispatchView;
import com.aftersales.api.ticket.FindTicketQuery;
import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SlaPauseReason;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.TicketSummaryView;
import com.aftersales.app.ui.CurrentPerson;
import com.aftersales.app.ui.ReadYourWrites;
import com.aftersales.app.ui.RuleMessages;
import com.aftersales.app.ui.UiTime;
import com.aftersales.app.web.UnknownResourceException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One ticket's page as its GET and every refused form show it: the facts, the SLA light, the
 * customer's contact where the role may see it, the forms the acting role may use now, and the
 * history as a timeline. Two query gateway calls and one query over app_user, whatever the history.
 */
@Component
class TicketPageView {
    static final String TEMPLATE = "tickets/ticket";
    /** Flash attribute: the version a successful form was decided on; the page waits for a newer one. */
    static final String SEEN_VERSION = "seenVersion";

    /** The seen version of a ticket registered a moment ago: its page waits until the board has it. */
    static final long JUST_REGISTERED = -1;

    /** The forms with a choice of people, the only ones that need every active user. */
    private static final Set<String> CHOOSE_PEOPLE =
            Set.of("assignment", "dispatches", "departure-report", "logistics/handler", "difficult-case");

    private final QueryGateway queries;
    private final TicketPeople people;
    private final CustomerContactAccess contacts;
    private final UiTime time;
    private final RuleMessages messages;
    private final ObjectMapper json;

    TicketPageView(
            QueryGateway queries,
            TicketPeople people,
            CustomerContactAccess contacts,
            UiTime time,
            RuleMessages messages,
            ObjectMapper json) {
        this.queries = queries;
        this.people = people;
        this.contacts = contacts;
        this.time = time;
        this.messages = messages;
        this.json = json;
    }

    /** One entry of the timeline: the event's simple name, when, by whom, in which role. */
    record TimelineEntry(String event, Instant recordedAt, String actorName, String role, boolean system) {}

    /** The choices of the forms' selects. */
    record Choices(
            List<Department> departments,
            List<ServiceMode> modes,
            List<SlaPauseReason> pauseReasons,
            List<LogisticsOutcome> outcomes,
            List<CallbackMethod> callbackMethods,
            List<SoftwareRequestClass> requestClasses,
            List<Integer> ratings) {}

    private static final Choices CHOICES = new Choices(
            List.of(Department.values()),
            List.of(ServiceMode.values()),
            List.of(SlaPauseReason.values()),
            List.of(LogisticsOutcome.values()),
            List.of(CallbackMethod.values()),
            List.of(SoftwareRequestClass.values()),
            List.of(1, 2, 3, 4, 5));

    /**
     * Fills the model of the ticket page.
     *
     * @param failedAction the action whose form was refused (shown open, with its errors), or null
     */
    String render(TicketId id, Model model, String failedAction) {
        TicketDetailView ticket = find(id, (Long) model.getAttribute(SEEN_VERSION));
        TicketSummaryView summary = ticket.summary();
        List<HistoryEntryView> history = queries.query(
                        new FindAggregateHistoryQuery(id.value()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
        CurrentPerson me = (CurrentPerson) model.getAttribute("me");
        Role acting = me == null ? null : me.actingRole();
        String userId = me == null ? null : me.userId();

        boolean loanerDue = history.stream().anyMatch(e -> "LoanerBecameDueEvent".equals(simpleName(e.eventType())));
        Set<String> shown = new LinkedHashSet<>(OfferedActions.of(ticket, acting, userId, loanerDue));
        if (failedAction != null) {
            // A refused post shows its form and why, even if the page would not have offered it.
            shown.add(failedAction);
        }
        String responsible = responsiblePerson(history);

        List<String> named = new ArrayList<>();
        history.forEach(e -> named.add(e.actorUserId()));
        named.add(summary.engineerId());
        named.add(summary.logisticsHandlerId());
        named.add(ticket.departureSupervisorId());
        named.add(responsible);
        ticket.dispatches().stream().map(DispatchView::engineerId).forEach(named::add);
        TicketPeople.People known = people.load(named, shown.stream().anyMatch(CHOOSE_PEOPLE::contains));

        model.addAttribute("ticket", ticket);
        model.addAttribute("s", summary);
        model.addAttribute("sla", SlaLight.of(summary, time.now()));
        model.addAttribute("contact", contacts.visibleOn(ticket).orElse(null));
        model.addAttribute("people", known);
        // T7: an engineer records only their own dispatches, so they get only themselves to choose.
        model.addAttribute(
                "dispatchEngineers",
                known.active(Role.ENGINEER.name()).stream()
                        .filter(p -> acting != Role.ENGINEER || p.userId().equals(userId))
                        .toList());
        model.addAttribute("responsible", responsible);
        model.addAttribute("timeline", timeline(history, known));
        model.addAttribute("actions", shown);
        model.addAttribute("openAction", failedAction);
        model.addAttribute("choices", CHOICES);
        // T6: the modes this ticket may move to, in the order of the enum rather than of a set.
        model.addAttribute(
                "transfers",
                summary.mode() == null
                        ? List.of()
                        : summary.mode().allowedTransfers().stream().sorted().toList());
        model.addAttribute("newline", "\n");
        addForms(model, ticket, shown, failedAction, acting == Role.ENGINEER ? userId : null);
        return TEMPLATE;
    }

    /** After an accepted form: back to the ticket, which shows the change and says what was done. */
    String accepted(TicketId id, long decidedOn, RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("flash", messages.text(messageKey, arguments));
        redirect.addFlashAttribute(SEEN_VERSION, decidedOn);
        return "redirect:/tickets/" + id.value();
    }

    /** An enum value in the page's language, for a flash message. */
    String label(Enum<?> value) {
        return value == null
                ? ""
                : messages.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    String name(String userId) {
        return people.name(userId);
    }

    private TicketDetailView find(TicketId id, Long seenVersion) {
        Supplier<TicketDetailView> read = () ->
                queries.query(new FindTicketQuery(id), TicketDetailView.class).join();
        // Just after a change (or the registration: JUST_REGISTERED) show the change, not the ticket
        // as it was, nor "no such ticket", which would tell the clerk the registration was lost.
        TicketDetailView ticket = seenVersion == null
                ? read.get()
                : ReadYourWrites.await(
                        read, shown -> shown != null && shown.summary().version() > seenVersion);
        if (ticket == null) {
            throw new UnknownResourceException("no ticket " + id.value());
        }
        return ticket;
    }

    private void addForms(
            Model model, TicketDetailView ticket, Set<String> shown, String failedAction, String engineer) {
        LocalDate today = LocalDate.parse(time.today());
        for (String action : shown) {
            String name = TicketForms.MODEL_NAMES.get(action);
            if (action.equals(failedAction)) {
                BindingResult failed = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name);
                Object posted = model.getAttribute(name);
                // Input that could not even make the request (a value of the wrong kind) shows a
                // fresh form; either way the errors stay, each with the value that was typed.
                Object displayed = posted == null
                        ? TicketForms.blank(action, ticket, engineer, engineer != null, today)
                        : TicketForms.forDisplay(posted);
                if (displayed != posted && failed != null) {
                    BeanPropertyBindingResult kept = new BeanPropertyBindingResult(displayed, name);
                    kept.addAllErrors(failed);
                    model.addAttribute(name, displayed);
                    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, kept);
                }
                continue;
            }
            model.addAttribute(name, TicketForms.blank(action, ticket, engineer, engineer != null, today));
        }
    }

    private static List<TimelineEntry> timeline(List<HistoryEntryView> history, TicketPeople.People known) {
        return history.stream()
                .map(e -> {
                    boolean system = ActorMetadata.SYSTEM_USER.equals(e.actorUserId());
                    return new TimelineEntry(
                            simpleName(e.eventType()),
                            e.recordedAt(),
                            system ? null : known.name(e.actorUserId()),
                            system ? ActorMetadata.SYSTEM_ROLE : e.actorRole(),
                            system);
                })
                .toList();
    }

    /** The history names an event by its class; the timeline's labels go by the simple name. */
    static String simpleName(String eventType) {
        if (eventType == null) {
            return "";
        }
        String name = eventType.substring(eventType.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    /** T8: who holds the difficult case now, as its opening and escalations recorded. */
    private String responsiblePerson(List<HistoryEntryView> history) {
        String responsible = null;
        for (HistoryEntryView entry : history) {
            String event = simpleName(entry.eventType());
            if ("DifficultCaseOpenedEvent".equals(event)) {
                responsible = field(entry, "responsiblePerson");
            } else if ("DifficultCaseEscalatedEvent".equals(event)) {
                responsible = field(entry, "toPerson");
            }
        }
        return responsible;
    }

    private String field(HistoryEntryView entry, String name) {
        try {
            JsonNode value = json.readTree(entry.payloadJson()).get(name);
            return value == null || value.isNull()
                    ? null
                    : value.isTextual() ? value.asText() : value.path("value").asText(null);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("stored event payload is not JSON", unreadable);
        }
    }
}
