package com.aftersales.command.ticket;

import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaTerms;
import com.aftersales.command.contract.ContractCover;
import com.aftersales.command.contract.ContractCoverage;
import com.aftersales.command.ticket.TicketPolicies.PolicyInForce;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Repository;

/**
 * Registration needs set-wide facts: the next ticket number of the month (T4), the company policy
 * version in force and the contract covering the unit (T13). So it is handled here rather than in
 * the aggregate's constructor: the number comes from a lookup table in the same transaction as the
 * event append, and the aggregate itself stays free of I/O.
 */
public class ServiceTicketIntake {
    private final Repository<ServiceTicket> repository;
    private final TicketNumberAllocator numbers;
    private final TicketPolicies policies;
    private final ContractCoverage contracts;
    private final SlaCalendar calendar;

    public ServiceTicketIntake(
            Repository<ServiceTicket> repository,
            TicketNumberAllocator numbers,
            TicketPolicies policies,
            ContractCoverage contracts,
            SlaCalendar calendar) {
        this.repository = repository;
        this.numbers = numbers;
        this.policies = policies;
        this.contracts = contracts;
        this.calendar = calendar;
    }

    @CommandHandler
    public RegisterServiceTicketResult handle(RegisterServiceTicketCommand command, DeadlineManager deadlines)
            throws Exception {
        Instant registeredAt = command.registeredAt();
        PolicyInForce policy = policies.current();
        LocalDate day = registeredAt.atZone(policy.policy().companyZone()).toLocalDate();
        String number = numbers.next(YearMonth.from(day));
        ContractCover contract = contracts
                .coverFor(command.customerId(), command.product().serialNumber(), day)
                .orElse(null);
        SlaTime time = contract != null && contract.terms().businessHoursOnly()
                ? calendar.businessHours()
                : SlaTime.ROUND_THE_CLOCK;
        SlaTerms terms = RegistrationClocks.terms(command.urgency(), policy, contract, time.calendarVersion());
        Map<SlaClock, Instant> dueAt = RegistrationClocks.dueAt(terms, registeredAt, time);
        repository.newInstance(() -> new ServiceTicket(command, number, terms, dueAt, deadlines));
        return new RegisterServiceTicketResult(
                command.ticketId(),
                number,
                dueAt.get(SlaClock.RESPONSE),
                dueAt.get(SlaClock.PLAN),
                dueAt.get(SlaClock.ON_SITE),
                dueAt.get(SlaClock.FIX),
                terms.contractNumber());
    }
}
