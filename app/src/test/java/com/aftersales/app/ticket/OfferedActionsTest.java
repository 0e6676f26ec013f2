package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.Role;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.SlaState;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.TicketStatus;
import com.aftersales.api.ticket.TicketSummaryView;
import com.aftersales.api.ticket.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which forms the ticket page offers to whom, in which state of the ticket. */
class OfferedActionsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final String ENGINEER = "U-ENG-1";

    @Test
    void aRegisteredTicketIsRoutedBeforeAnyoneIsAssigned_T5() {
        Ticket registered = new Ticket();

        assertThat(OfferedActions.of(registered.view(), Role.CLERK, "U-CLERK", false))
                .containsExactly("route", "difficult-case", "hold");
        assertThat(OfferedActions.of(registered.view(), Role.SUPERVISOR, "U-SUP", false))
                .containsExactly("route", "difficult-case", "hold");
    }

    @Test
    void onlyTheAssignedEngineerGetsTheEngineersForms_T6_T9() {
        Ticket onSite = new Ticket().assigned(ServiceMode.ON_SITE);

        assertThat(OfferedActions.of(onSite.view(), Role.ENGINEER, ENGINEER, false))
                .containsExactly("plan", "mode", "arrival", "dispatches", "hold");
        assertThat(OfferedActions.of(onSite.view(), Role.ENGINEER, "U-ENG-2", false))
                .isEmpty();
    }

    @Test
    void theReportNeedsTheArrivalAndTheDepartureComesOnceAfterIt_T9() {
        Ticket arrived = new Ticket().assigned(ServiceMode.ON_SITE);
        arrived.arrivedAt = NOW;

        assertThat(OfferedActions.of(arrived.view(), Role.ENGINEER, ENGINEER, false))
                .contains("service-report", "departure-report");
        arrived.departedAt = NOW;
        assertThat(OfferedActions.of(arrived.view(), Role.ENGINEER, ENGINEER, false))
                .contains("service-report")
                .doesNotContain("departure-report");
    }

    @Test
    void aRepairReportNeedsTheUnitWhichTheClerkMayReceive_T6() {
        Ticket repair = new Ticket().assigned(ServiceMode.REPAIR);

        assertThat(OfferedActions.of(repair.view(), Role.CLERK, "U-CLERK", false))
                .contains("unit-receipt")
                .doesNotContain("dispatches", "arrival");
        assertThat(OfferedActions.of(repair.view(), Role.ENGINEER, ENGINEER, false))
                .contains("unit-receipt")
                .doesNotContain("service-report", "mode");
        repair.unitReceivedAt = NOW;
        assertThat(OfferedActions.of(repair.view(), Role.ENGINEER, ENGINEER, false))
                .contains("service-report")
                .doesNotContain("unit-receipt");
    }

    @Test
    void confirmationFollowsTheReportAndClosingFollowsWhatTheBoardCallsClosable_T9() {
        Ticket reported = new Ticket().assigned(ServiceMode.REMOTE);
        reported.reportFaultCause = "worn";

        assertThat(OfferedActions.of(reported.view(), Role.CLERK, "U-CLERK", false))
                .contains("confirmation")
                .doesNotContain("closing");
        reported.confirmed = true;
        reported.closable = true;
        assertThat(OfferedActions.of(reported.view(), Role.SUPERVISOR, "U-SUP", false))
                .contains("closing")
                .doesNotContain("confirmation");
        assertThat(OfferedActions.of(reported.view(), Role.ENGINEER, ENGINEER, false))
                .doesNotContain("closing");
    }

    @Test
    void onlyTheHandlerNamedNowRecordsTheLogisticsResolution_T5() {
        Ticket logistics = new Ticket();
        logistics.department = Department.LOGISTICS;
        logistics.handler = "U-CLERK";

        assertThat(OfferedActions.of(logistics.view(), Role.CLERK, "U-CLERK", false))
                .contains("logistics/handler", "logistics/resolution", "plan")
                .doesNotContain("assignment");
        assertThat(OfferedActions.of(logistics.view(), Role.SUPERVISOR, "U-SUP", false))
                .doesNotContain("logistics/resolution");
        logistics.outcome = LogisticsOutcome.RESHIPPED;
        assertThat(OfferedActions.of(logistics.view(), Role.CLERK, "U-CLERK", false))
                .contains("confirmation")
                .doesNotContain("logistics/resolution");
    }

    @Test
    void aClosedTicketTakesOnlyCallbacksAndTheLoanersReturn_T9_T10_T11() {
        Ticket closed = new Ticket().assigned(ServiceMode.ON_SITE);
        closed.status = TicketStatus.CLOSED;
        closed.loanerSerial = "LN-1";

        assertThat(OfferedActions.of(closed.view(), Role.CLERK, "U-CLERK", true))
                .containsExactly("loaner/return", "callbacks");
        assertThat(OfferedActions.of(closed.view(), Role.SUPERVISOR, "U-SUP", true))
                .containsExactly("loaner/return");
    }

    @Test
    void theLoanerIsOfferedOnceDueAndHeldTicketsOfferTheResume_T10_T14() {
        Ticket due = new Ticket().assigned(ServiceMode.ON_SITE);

        assertThat(OfferedActions.of(due.view(), Role.CLERK, "U-CLERK", true)).contains("loaner", "hold");
        due.onHold = true;
        assertThat(OfferedActions.of(due.view(), Role.ENGINEER, ENGINEER, true))
                .contains("hold/resumption")
                .doesNotContain("hold", "loaner");
    }

    @Test
    void softwareRequestsAreClassifiedAndReadersGetNoForms_T12() {
        Ticket software = new Ticket();
        software.kind = ProductKind.SOFTWARE;

        assertThat(OfferedActions.of(software.view(), Role.CLERK, "U-CLERK", false))
                .contains("classification");
        for (Role reader : List.of(Role.QUALITY, Role.FINANCE, Role.MANAGER, Role.ADMIN)) {
            assertThat(OfferedActions.of(software.view(), reader, "U-X", false)).isEmpty();
        }
        assertThat(OfferedActions.of(software.view(), null, "U-X", false)).isEmpty();
    }

    /** A ticket with only what the rules look at, changed field by field. */
    private static final class Ticket {
        TicketStatus status = TicketStatus.REGISTERED;
        Department department;
        String engineer;
        String handler;
        ServiceMode mode;
        boolean closable;
        boolean onHold;
        Instant nextDueAt = NOW.plusSeconds(3600);
        ProductKind kind = ProductKind.HARDWARE;
        Instant arrivedAt;
        Instant unitReceivedAt;
        String reportFaultCause;
        Instant departedAt;
        LogisticsOutcome outcome;
        boolean confirmed;
        String loanerSerial;

        Ticket assigned(ServiceMode serviceMode) {
            status = TicketStatus.ASSIGNED;
            department = Department.TECHNICAL_SERVICE;
            engineer = ENGINEER;
            mode = serviceMode;
            return this;
        }

        TicketDetailView view() {
            TicketSummaryView summary = new TicketSummaryView(
                    "t-1",
                    "202612-001",
                    status,
                    Urgency.URGENT,
                    IntakeChannel.PHONE,
                    CustomerRequest.REPAIR,
                    "P-2200",
                    "SN-1",
                    department,
                    engineer,
                    handler,
                    mode,
                    NOW,
                    NOW,
                    null,
                    false,
                    null,
                    null,
                    false,
                    false,
                    null,
                    null,
                    false,
                    null,
                    false,
                    onHold,
                    null,
                    null,
                    Map.of(),
                    onHold ? SlaState.ON_HOLD : SlaState.RUNNING,
                    null,
                    onHold ? null : nextDueAt,
                    false,
                    0,
                    null,
                    null,
                    status == TicketStatus.CLOSED ? NOW : null,
                    closable,
                    3);
            return new TicketDetailView(
                    summary,
                    "C-1",
                    kind,
                    LocalDate.of(2025, 1, 2),
                    "P-2200",
                    "jam",
                    true,
                    null,
                    null,
                    arrivedAt,
                    unitReceivedAt,
                    null,
                    reportFaultCause,
                    reportFaultCause,
                    List.of(),
                    null,
                    departedAt,
                    null,
                    outcome,
                    null,
                    confirmed,
                    loanerSerial,
                    false,
                    0,
                    null,
                    List.of());
        }
    }
}
