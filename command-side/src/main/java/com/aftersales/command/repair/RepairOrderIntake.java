package com.aftersales.command.repair;

import static com.aftersales.command.repair.RepairRule.require;

import com.aftersales.api.repair.AttachmentRef;
import com.aftersales.api.repair.IntakeInspection;
import com.aftersales.api.repair.OpenRepairOrderCommand;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.command.serial.RegisteredSerial;
import com.aftersales.command.serial.SerialRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Repository;

/**
 * R1: opening a repair order needs set-wide facts: the serial registry (the unit must be
 * registered, R2; its model is the registry's), the attachment store (every photo named must have
 * been uploaded) and the policy version in force (R3 diagnosis hours). So it is handled here, and
 * the aggregate stays free of I/O. An order opened for a REPAIR ticket is linked to it in the same
 * unit of work (T6): the ticket refuses an order of another unit, or one before the unit's receipt.
 */
public class RepairOrderIntake {
    static final int MAX_ATTACHMENTS = 10;

    private final Repository<RepairOrder> repository;
    private final SerialRegistry serials;
    private final RepairAttachments attachments;
    private final RepairPolicies policies;
    private final TicketLinks tickets;

    public RepairOrderIntake(
            Repository<RepairOrder> repository,
            SerialRegistry serials,
            RepairAttachments attachments,
            RepairPolicies policies,
            TicketLinks tickets) {
        this.repository = repository;
        this.serials = serials;
        this.attachments = attachments;
        this.policies = policies;
        this.tickets = tickets;
    }

    @CommandHandler
    public RepairOrderId handle(OpenRepairOrderCommand command, DeadlineManager deadlines) throws Exception {
        require(
                command.customerId() != null
                        && command.urgency() != null
                        && command.receivedAt() != null
                        && command.engineerId() != null
                        && RepairOrder.hasText(command.serialNumber()),
                RepairRule.INTAKE_INCOMPLETE,
                "a repair order needs the customer, serial number, urgency, receipt time and repair engineer");
        IntakeInspection inspection = command.inspection();
        require(
                inspection != null
                        && RepairOrder.hasText(inspection.appearance())
                        && RepairOrder.hasText(inspection.configuration()),
                RepairRule.INTAKE_INSPECTION_INCOMPLETE,
                "the intake inspection records the unit's appearance and configuration");
        require(
                command.attachments().size() <= MAX_ATTACHMENTS,
                RepairRule.TOO_MANY_ATTACHMENTS,
                "at most " + MAX_ATTACHMENTS + " attachments per repair order");
        List<AttachmentRef> refs = new ArrayList<>();
        for (String hash : command.attachments()) {
            refs.add(attachments
                    .find(hash)
                    .orElseThrow(
                            () -> RepairRule.UNKNOWN_ATTACHMENT.violation("no attachment " + hash + " was uploaded")));
        }
        RegisteredSerial serial = serials.find(command.serialNumber())
                .orElseThrow(() -> RepairRule.SERIAL_NOT_REGISTERED.violation(
                        command.serialNumber() + " is not in the serial registry"));
        if (command.ticketId() != null) {
            tickets.link(command.ticketId(), command.repairOrderId(), command.serialNumber());
        }
        RepairPolicy policy = policies.current();
        int hours = command.urgency() == Urgency.URGENT ? policy.urgentDiagnosisHours() : policy.diagnosisHours();
        Instant diagnosisDueAt = command.receivedAt().plus(Duration.ofHours(hours));
        repository.newInstance(
                () -> new RepairOrder(command, serial.model(), refs, diagnosisDueAt, policy.version(), deadlines));
        return command.repairOrderId();
    }
}
