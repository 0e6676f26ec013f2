package com.aftersales.command.serial;

import static com.aftersales.command.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.serial.CorrectSerialFactsCommand;
import com.aftersales.api.serial.RegisterSerialCommand;
import com.aftersales.api.serial.SerialFactsCorrectedEvent;
import com.aftersales.api.serial.SerialRegisteredEvent;
import com.aftersales.api.serial.SerialUnitId;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One unit in the serial registry (R2), identified by its serial number: the facts its warranty is
 * judged by. Registered once; every later change is a correction with its reason, recorded as an
 * event, so a warranty decision made on the earlier facts can always be explained.
 */
@Aggregate
public class SerialUnit {

    @AggregateIdentifier
    private SerialUnitId serial;

    private Facts facts;

    /** The facts of the unit as registered or last corrected. */
    private record Facts(
            String model, LocalDate soldOn, LocalDate activatedOn, LocalDate deliveredOn, CustomerId customerId) {}

    protected SerialUnit() {
        // for event sourcing, and for the registration of a new serial number
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterSerialCommand command) {
        require(
                facts == null,
                SerialRule.SERIAL_ALREADY_REGISTERED,
                command.serial().serialNumber() + " is already registered: correct its facts instead");
        Facts registered = valid(new Facts(
                command.model(), command.soldOn(), command.activatedOn(), command.deliveredOn(), command.customerId()));
        apply(new SerialRegisteredEvent(
                command.serial().serialNumber(),
                registered.model(),
                registered.soldOn(),
                registered.activatedOn(),
                registered.deliveredOn(),
                registered.customerId()));
    }

    @CommandHandler
    void handle(CorrectSerialFactsCommand command) {
        require(
                command.reason() != null && !command.reason().isBlank(),
                SerialRule.SERIAL_CORRECTION_REASON_REQUIRED,
                "a correction of " + command.serial().serialNumber() + " needs its reason");
        Facts corrected = valid(new Facts(
                command.model(), command.soldOn(), command.activatedOn(), command.deliveredOn(), command.customerId()));
        require(
                !corrected.equals(facts),
                SerialRule.SERIAL_FACTS_UNCHANGED,
                "the correction changes none of the facts of "
                        + command.serial().serialNumber());
        apply(new SerialFactsCorrectedEvent(
                command.serial().serialNumber(),
                corrected.model(),
                corrected.soldOn(),
                corrected.activatedOn(),
                corrected.deliveredOn(),
                corrected.customerId(),
                command.reason().strip()));
    }

    private static Facts valid(Facts facts) {
        require(!facts.model().isBlank(), SerialRule.SERIAL_MODEL_REQUIRED, "the model is empty");
        require(
                notBefore(facts.activatedOn(), facts.soldOn()) && notBefore(facts.deliveredOn(), facts.soldOn()),
                SerialRule.SERIAL_DATES_OUT_OF_ORDER,
                "activation (" + facts.activatedOn() + ") and delivery (" + facts.deliveredOn()
                        + ") cannot be before the sale (" + facts.soldOn() + ")");
        return new Facts(
                facts.model().strip(), facts.soldOn(), facts.activatedOn(), facts.deliveredOn(), facts.customerId());
    }

    private static boolean notBefore(LocalDate date, LocalDate soldOn) {
        return date == null || !date.isBefore(soldOn);
    }

    @EventSourcingHandler
    void on(SerialRegisteredEvent event) {
        serial = new SerialUnitId(event.serialNumber());
        facts = new Facts(event.model(), event.soldOn(), event.activatedOn(), event.deliveredOn(), event.customerId());
    }

    @EventSourcingHandler
    void on(SerialFactsCorrectedEvent event) {
        facts = new Facts(event.model(), event.soldOn(), event.activatedOn(), event.deliveredOn(), event.customerId());
    }
}
