package com.aftersales.command.visit;

import static com.aftersales.command.visit.VisitRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.visit.KeyCustomerMarkedEvent;
import com.aftersales.api.visit.KeyCustomerUnmarkedEvent;
import com.aftersales.api.visit.KeyCustomerVisitOverdueEvent;
import com.aftersales.api.visit.KeyCustomerVisitedEvent;
import com.aftersales.api.visit.MarkKeyCustomerCommand;
import com.aftersales.api.visit.RecordKeyCustomerVisitCommand;
import com.aftersales.api.visit.UnmarkKeyCustomerCommand;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A key customer's visit plan (T11, 重点客户回访), one per customer, identified by the customer id.
 * Marking starts a plan: the first visit is due within six months of delivery, each later one
 * within six months of the latest visit. A persistent deadline fires when a due-by day is over;
 * if the plan's due date is still that day (no visit moved it), the visit is overdue. Deadlines
 * are never cancelled, so the handler judges by the recorded dates only. Unmarking ends the plan;
 * the customer may be marked again later, which starts a new plan. Dates come from the commands:
 * this class reads no clock.
 */
@Aggregate
public class KeyCustomerVisitPlan {

    @AggregateIdentifier
    private CustomerId customerId;

    private boolean keyCustomer;
    private LocalDate deliveredOn;
    private LocalDate lastVisitOn;
    private LocalDate nextDueBy;
    private final Set<String> visitIds = new HashSet<>();
    private final Set<LocalDate> overdueRecorded = new HashSet<>();

    protected KeyCustomerVisitPlan() {
        // for event sourcing, and for the first marking of a customer
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MarkKeyCustomerCommand command, DeadlineManager deadlines, VisitPolicy policy) {
        require(!keyCustomer, VisitRule.ALREADY_A_KEY_CUSTOMER, command.customerId() + " is already a key customer");
        require(
                hasText(command.reason()),
                VisitRule.REASON_REQUIRED,
                "a reason for marking the key customer is required");
        require(
                !command.deliveredOn().isAfter(command.recordedOn()),
                VisitRule.DELIVERY_IN_THE_FUTURE,
                "the delivery date " + command.deliveredOn() + " is after today (" + command.recordedOn() + ")");
        LocalDate due = policy.firstVisitDueBy(command.deliveredOn());
        apply(new KeyCustomerMarkedEvent(command.customerId(), command.deliveredOn(), command.reason(), due));
        scheduleDeadline(due, deadlines, policy);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordKeyCustomerVisitCommand command, DeadlineManager deadlines, VisitPolicy policy) {
        requireKeyCustomer(command.customerId());
        require(hasText(command.summary()), VisitRule.SUMMARY_REQUIRED, "a summary of the visit is required");
        require(
                !visitIds.contains(command.visitId()),
                VisitRule.DUPLICATE_VISIT,
                "visit " + command.visitId() + " is already recorded");
        require(
                !command.visitedOn().isBefore(deliveredOn),
                VisitRule.VISIT_BEFORE_DELIVERY,
                "the visit date " + command.visitedOn() + " is before the delivery on " + deliveredOn);
        require(
                !command.visitedOn().isAfter(command.recordedOn()),
                VisitRule.VISIT_IN_THE_FUTURE,
                "the visit date " + command.visitedOn() + " is after today (" + command.recordedOn() + ")");
        LocalDate previousDue = nextDueBy;
        LocalDate next = policy.nextVisitDueBy(latestVisitWith(command.visitedOn()));
        apply(new KeyCustomerVisitedEvent(
                command.customerId(),
                command.visitId(),
                command.visitedOn(),
                command.visitedBy(),
                command.summary(),
                next));
        if (!next.equals(previousDue)) {
            scheduleDeadline(next, deadlines, policy);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UnmarkKeyCustomerCommand command) {
        requireKeyCustomer(command.customerId());
        require(
                hasText(command.reason()),
                VisitRule.REASON_REQUIRED,
                "a reason for unmarking the key customer is required");
        apply(new KeyCustomerUnmarkedEvent(command.customerId(), command.reason()));
    }

    /**
     * T11: the day {@code deadline.dueBy()} is over. Overdue if the plan still runs and its due date
     * is still that day (a visit would have moved it), recorded once per due date of a plan.
     */
    @DeadlineHandler(deadlineName = VisitDeadline.NAME)
    void visitDue(VisitDeadline deadline) {
        if (keyCustomer && deadline.dueBy().equals(nextDueBy) && !overdueRecorded.contains(deadline.dueBy())) {
            apply(new KeyCustomerVisitOverdueEvent(customerId, deadline.dueBy()));
        }
    }

    private void requireKeyCustomer(CustomerId customer) {
        require(keyCustomer, VisitRule.NOT_A_KEY_CUSTOMER, customer + " is not a key customer");
    }

    private void scheduleDeadline(LocalDate dueBy, DeadlineManager deadlines, VisitPolicy policy) {
        deadlines.schedule(
                policy.overdueFrom(dueBy), VisitDeadline.NAME, new VisitDeadline(dueBy, policy.overdueFrom(dueBy)));
    }

    /** The plan's latest visit if {@code visitedOn} is recorded too (visits may be entered out of order). */
    private LocalDate latestVisitWith(LocalDate visitedOn) {
        return lastVisitOn != null && lastVisitOn.isAfter(visitedOn) ? lastVisitOn : visitedOn;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    @EventSourcingHandler
    void on(KeyCustomerMarkedEvent event) {
        customerId = event.customerId();
        keyCustomer = true;
        deliveredOn = event.deliveredOn();
        lastVisitOn = null;
        nextDueBy = event.firstVisitDueBy();
        overdueRecorded.clear();
    }

    @EventSourcingHandler
    void on(KeyCustomerVisitedEvent event) {
        visitIds.add(event.visitId());
        lastVisitOn = latestVisitWith(event.visitedOn());
        nextDueBy = event.nextVisitDueBy();
    }

    @EventSourcingHandler
    void on(KeyCustomerVisitOverdueEvent event) {
        overdueRecorded.add(event.dueBy());
    }

    @EventSourcingHandler
    void on(KeyCustomerUnmarkedEvent event) {
        keyCustomer = false;
    }
}
