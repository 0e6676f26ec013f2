package com.aftersales.command.ticket;

import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import java.time.Instant;
import java.time.YearMonth;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Repository;

/**
 * Registration needs a set-wide fact, the next ticket number of the month (T4), so it is handled
 * here rather than in the aggregate's constructor: the number comes from a lookup table in the
 * same transaction as the event append, and the aggregate itself stays free of I/O.
 */
public class ServiceTicketIntake {
    private final Repository<ServiceTicket> repository;
    private final TicketNumberAllocator numbers;
    private final TicketPolicy policy;

    public ServiceTicketIntake(
            Repository<ServiceTicket> repository, TicketNumberAllocator numbers, TicketPolicy policy) {
        this.repository = repository;
        this.numbers = numbers;
        this.policy = policy;
    }

    @CommandHandler
    public RegisterServiceTicketResult handle(RegisterServiceTicketCommand command, DeadlineManager deadlines)
            throws Exception {
        Instant registeredAt = command.registeredAt();
        String number = numbers.next(YearMonth.from(registeredAt.atZone(policy.companyZone())));
        Instant responseDue = policy.responseDue(command.urgency(), registeredAt);
        Instant planDue = policy.planDue(command.urgency(), registeredAt);
        repository.newInstance(() -> new ServiceTicket(command, number, responseDue, planDue, deadlines));
        return new RegisterServiceTicketResult(command.ticketId(), number, responseDue, planDue);
    }
}
