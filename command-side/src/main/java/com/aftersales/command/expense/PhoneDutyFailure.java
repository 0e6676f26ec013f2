package com.aftersales.command.expense;

import static com.aftersales.command.expense.PhoneDutyRule.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.Role;
import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExplainPhoneDutyFailureCommand;
import com.aftersales.api.expense.PhoneDutyFailureExplainedEvent;
import com.aftersales.api.expense.PhoneDutyFailureId;
import com.aftersales.api.expense.PhoneDutyFailureRecordedEvent;
import com.aftersales.api.expense.RecordPhoneDutyFailureCommand;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * X7: an engineer did not answer the phone on duty. Engineers keep their phones on from 08:00 to
 * 22:00 (company zone, both ends included); a CLERK or a SUPERVISOR records a missed call in those
 * hours, never one ahead of the clock. A SUPERVISOR who is not the engineer (S2) records the
 * engineer's explanation once, accepted or not: an unexplained or refused failure forfeits the
 * phone allowance of the trip it falls in (the PHONE_DUTY_FAILURE fraud rule reads it).
 */
@Aggregate
public class PhoneDutyFailure {
    static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalTime DUTY_STARTS = LocalTime.of(8, 0);
    static final LocalTime DUTY_ENDS = LocalTime.of(22, 0);
    private static final Set<String> RECORDERS = Set.of(Role.CLERK.name(), Role.SUPERVISOR.name());

    @AggregateIdentifier
    private PhoneDutyFailureId failureId;

    private UserId engineerId;
    private boolean explained;

    protected PhoneDutyFailure() {
        // for event sourcing
    }

    @CommandHandler
    PhoneDutyFailure(
            RecordPhoneDutyFailureCommand command, @MetaDataValue(ActorMetadata.ROLE) String role, Clock clock) {
        require(
                role != null && RECORDERS.contains(role),
                PhoneDutyRule.PHONE_DUTY_RECORDER_ROLE,
                "X7: a CLERK or a SUPERVISOR records a failure to answer the phone, not " + role);
        require(
                command.engineerId() != null && command.calledAt() != null,
                PhoneDutyRule.PHONE_DUTY_FAILURE_INCOMPLETE,
                "X7: name the engineer and when the call was made");
        LocalTime local = command.calledAt().atZone(COMPANY_ZONE).toLocalTime();
        require(
                !local.isBefore(DUTY_STARTS) && !local.isAfter(DUTY_ENDS),
                PhoneDutyRule.PHONE_DUTY_OUTSIDE_HOURS,
                "X7: phones are on duty from 08:00 to 22:00; a call at " + local + " is outside those hours");
        require(
                !command.calledAt().isAfter(clock.instant()),
                PhoneDutyRule.PHONE_DUTY_CALL_IN_FUTURE,
                "X7: the call at " + command.calledAt() + " has not happened yet");
        apply(new PhoneDutyFailureRecordedEvent(
                command.failureId(),
                command.engineerId(),
                command.calledAt(),
                blankToNull(command.ticketId()),
                blankToNull(command.note())));
    }

    @CommandHandler
    void handle(
            ExplainPhoneDutyFailureCommand command,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        require(
                Role.SUPERVISOR.name().equals(role),
                PhoneDutyRule.PHONE_DUTY_EXPLAINER_ROLE,
                "X7: a SUPERVISOR records the explanation, not " + role);
        require(
                !engineerId.value().equals(actor),
                PhoneDutyRule.PHONE_DUTY_ABOUT_ONESELF,
                "S2: nobody judges the explanation of their own failure");
        require(!explained, PhoneDutyRule.PHONE_DUTY_ALREADY_EXPLAINED, "X7: this failure was explained already");
        require(
                command.explanation() != null && !command.explanation().isBlank(),
                PhoneDutyRule.PHONE_DUTY_EXPLANATION_REQUIRED,
                "X7: say what the engineer explained");
        apply(new PhoneDutyFailureExplainedEvent(
                failureId, engineerId, command.explanation().strip(), command.accepted()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(PhoneDutyFailureRecordedEvent event) {
        failureId = event.failureId();
        engineerId = event.engineerId();
    }

    @EventSourcingHandler
    void on(PhoneDutyFailureExplainedEvent event) {
        explained = true;
    }
}
