package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketSamples.*;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.LinkRepairOrderCommand;
import com.aftersales.api.ticket.RecordRepairOutcomeCommand;
import com.aftersales.api.ticket.RepairOrderLinkedEvent;
import com.aftersales.api.ticket.RepairOutcomeRecordedEvent;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.ServiceTicketClosedEvent;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A REPAIR ticket and its repair order (T6, T9, R1): the order is opened for the unit in the
 * workshop, one at a time, and its completion flows back so the ticket may close.
 */
class TicketRepairOrderTest {
    private static final RepairOrderId ORDER = new RepairOrderId("5b0e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final RepairOrderId SECOND_ORDER = new RepairOrderId("7c1f8e2b-3d4e-4f6a-9b0c-1d2e3f4a5b6c");
    private static final LocalDate COMPLETED_ON = LocalDate.of(2024, 6, 5);
    static final String UNIT_SERIAL = "SN-7A21-0093";

    private AggregateTestFixture<ServiceTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture(new InMemoryTicketNumberAllocator());
    }

    @Test
    void aRepairOrderIsLinkedToTheUnitInTheWorkshop_T6() {
        fixture.given(inWorkshop())
                .when(new LinkRepairOrderCommand(TICKET_ID, ORDER, UNIT_SERIAL))
                .expectEvents(new RepairOrderLinkedEvent(
                        new TicketId("3f1c9a2e-7b4d-4c8e-9a11-2b5d6e7f8a90"),
                        new RepairOrderId("5b0e6f1a-2c3d-4e5f-8a9b-0c1d2e3f4a5b")));
    }

    @Test
    void aRepairOrderBeforeTheUnitIsReceivedIsRefused_T6() {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(ServiceMode.REPAIR, null))
                .when(new LinkRepairOrderCommand(TICKET_ID, ORDER, UNIT_SERIAL))
                .expectException(violationOf(TicketRule.UNIT_NOT_RECEIVED))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(
            value = ServiceMode.class,
            names = {"REMOTE", "ON_SITE", "INSTALLATION"})
    void aRepairOrderOutsideRepairModeIsRefused_T6(ServiceMode mode) {
        fixture.given(registered(Urgency.NORMAL), routed(), assigned(mode, APPOINTMENT))
                .when(new LinkRepairOrderCommand(TICKET_ID, ORDER, UNIT_SERIAL))
                .expectException(violationOf(TicketRule.NOT_IN_REPAIR))
                .expectNoEvents();
    }

    @Test
    void aRepairOrderOfAnotherUnitIsRefused_T6() {
        fixture.given(inWorkshop())
                .when(new LinkRepairOrderCommand(TICKET_ID, ORDER, "SN-SOMETHING-ELSE"))
                .expectException(violationOf(TicketRule.REPAIR_ORDER_OF_ANOTHER_UNIT))
                .expectNoEvents();
    }

    @Test
    void aSecondOrderWhileTheFirstIsOpenIsRefused_T6() {
        fixture.given(inWorkshop(linked(ORDER)))
                .when(new LinkRepairOrderCommand(TICKET_ID, SECOND_ORDER, UNIT_SERIAL))
                .expectException(violationOf(TicketRule.REPAIR_ORDER_ALREADY_OPEN))
                .expectNoEvents();
    }

    @Test
    void aSecondOrderAfterTheFirstIsCompleteIsLinked_T6() {
        fixture.given(inWorkshop(linked(ORDER), outcome(ORDER)))
                .when(new LinkRepairOrderCommand(TICKET_ID, SECOND_ORDER, UNIT_SERIAL))
                .expectEvents(new RepairOrderLinkedEvent(TICKET_ID, SECOND_ORDER));
    }

    @Test
    void theOrdersCompletionIsRecordedOnTheTicket_T9() {
        fixture.given(inWorkshop(linked(ORDER)))
                .when(outcomeCommand(ORDER))
                .expectEvents(new RepairOutcomeRecordedEvent(
                        TICKET_ID,
                        ORDER,
                        LocalDate.of(2024, 6, 5),
                        "SPINDLE",
                        List.of("P-SPINDLE-BRG-6205"),
                        LocalDate.of(2024, 9, 5)));
    }

    @Test
    void aRedeliveredCompletionRecordsNothing_T9() {
        fixture.given(inWorkshop(linked(ORDER), outcome(ORDER)))
                .when(outcomeCommand(ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theCompletionOfAnOrderOfAnotherTicketIsRefused_T6() {
        fixture.given(inWorkshop(linked(ORDER)))
                .when(outcomeCommand(SECOND_ORDER))
                .expectException(violationOf(TicketRule.REPAIR_ORDER_NOT_LINKED))
                .expectNoEvents();
    }

    @Test
    void aRepairTicketDoesNotCloseWhileItsOrderIsOpen_T9() {
        fixture.given(servedInWorkshop(linked(ORDER)))
                .when(close())
                .expectException(violationOf(TicketRule.REPAIR_ORDER_OPEN))
                .expectNoEvents();
    }

    @Test
    void aRepairTicketClosesOnceItsOrderIsComplete_T9() {
        fixture.given(servedInWorkshop(linked(ORDER), outcome(ORDER)))
                .when(close())
                .expectEvents(new ServiceTicketClosedEvent(TICKET_ID, "fixed on site"));
    }

    @Test
    void aClosedTicketGetsNoRepairOrder_T9() {
        List<Object> events = new ArrayList<>(servedInWorkshop(linked(ORDER), outcome(ORDER)));
        events.add(closed());
        fixture.given(events)
                .when(new LinkRepairOrderCommand(TICKET_ID, SECOND_ORDER, UNIT_SERIAL))
                .expectException(violationOf(TicketRule.TICKET_CLOSED))
                .expectNoEvents();
    }

    private static List<Object> inWorkshop(Object... more) {
        List<Object> events = new ArrayList<>(List.of(
                registered(Urgency.NORMAL),
                routed(),
                assigned(ServiceMode.REPAIR, null),
                unitReceived("2024-06-01T03:00:00Z")));
        events.addAll(List.of(more));
        return events;
    }

    /** In the workshop, the order events, then the engineer's report and the customer's confirmation. */
    private static List<Object> servedInWorkshop(Object... orderEvents) {
        List<Object> events = inWorkshop(orderEvents);
        events.add(reported());
        events.add(confirmed());
        return events;
    }

    private static RepairOrderLinkedEvent linked(RepairOrderId order) {
        return new RepairOrderLinkedEvent(TICKET_ID, order);
    }

    private static RepairOutcomeRecordedEvent outcome(RepairOrderId order) {
        return new RepairOutcomeRecordedEvent(
                TICKET_ID, order, COMPLETED_ON, "SPINDLE", List.of("P-SPINDLE-BRG-6205"), COMPLETED_ON.plusMonths(3));
    }

    private static RecordRepairOutcomeCommand outcomeCommand(RepairOrderId order) {
        return new RecordRepairOutcomeCommand(
                TICKET_ID, order, COMPLETED_ON, "SPINDLE", List.of("P-SPINDLE-BRG-6205"), COMPLETED_ON.plusMonths(3));
    }
}
