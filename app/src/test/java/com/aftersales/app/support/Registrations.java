package com.aftersales.app.support;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.FaultReport;
import com.aftersales.api.ticket.IntakeChannel;
import com.aftersales.api.ticket.ProductKind;
import com.aftersales.api.ticket.ProductUnit;
import com.aftersales.api.ticket.ProofOfPurchase;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.security.ActingUser;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Registers tickets through the command gateway as the test clerk, at a time the test chooses. */
public final class Registrations {
    public static final ActingUser CLERK = new ActingUser(TestUsers.CLERK_ID, "CLERK", "test", "127.0.0.1");

    private Registrations() {}

    public static RegisterServiceTicketCommand command(TicketId id, Urgency urgency, Instant registeredAt) {
        return new RegisterServiceTicketCommand(
                id,
                CustomerId.random(),
                IntakeChannel.WALK_IN,
                new ProofOfPurchase(null, "INV-" + id.value().substring(0, 8)),
                new ProductUnit(
                        "P-2200", "SN-" + id.value().substring(0, 8), ProductKind.HARDWARE, LocalDate.of(2025, 1, 2)),
                new FaultReport("卡纸 paper jam", null, null),
                CustomerRequest.REPAIR,
                urgency,
                registeredAt);
    }

    public static RegisterServiceTicketResult register(CommandGateway commands, Urgency urgency, Instant registeredAt) {
        return ActingUser.runAs(CLERK, () -> commands.sendAndWait(command(TicketId.random(), urgency, registeredAt)));
    }
}
