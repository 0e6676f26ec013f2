package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.GuidanceFeeRule.require;

import com.aftersales.api.common.Role;
import com.aftersales.api.ticket.CustomerRequest;
import com.aftersales.api.ticket.InstallationGuidanceFeeRecordedEvent;
import com.aftersales.api.ticket.RecordInstallationGuidanceFeeCommand;
import com.aftersales.api.ticket.SlaTerms;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * M1: the installation-guidance fees of one ticket, by id. A fee is for an INSTALLATION request,
 * recorded by a CLERK or FINANCE; whether a service contract covers it is the ticket's (T13), taken
 * from its registration, never from the person recording it.
 */
final class GuidanceFees {
    private static final Set<String> RECORDERS = Set.of(Role.CLERK.name(), Role.FINANCE.name());

    private final Set<String> feeIds = new HashSet<>();

    InstallationGuidanceFeeRecordedEvent record(
            RecordInstallationGuidanceFeeCommand command,
            String role,
            CustomerRequest request,
            boolean underServiceContract,
            SlaTerms terms) {
        require(
                role != null && RECORDERS.contains(role),
                GuidanceFeeRule.GUIDANCE_FEE_RECORDER_ROLE,
                "M1: a CLERK or FINANCE records an installation-guidance fee, not " + role);
        require(
                request == CustomerRequest.INSTALLATION,
                GuidanceFeeRule.GUIDANCE_FEE_NOT_INSTALLATION,
                "M1: an installation-guidance fee is for an INSTALLATION request, not " + request);
        require(
                command.feeId() != null && !command.feeId().isBlank(),
                GuidanceFeeRule.GUIDANCE_FEE_ID_REQUIRED,
                "M1: the fee needs its id");
        BigDecimal amount = command.amount();
        require(
                amount != null
                        && amount.signum() > 0
                        && amount.stripTrailingZeros().scale() <= 2,
                GuidanceFeeRule.GUIDANCE_FEE_AMOUNT_INVALID,
                "M1: the amount is above zero in CNY with at most two decimals, not " + amount);
        require(
                command.incurredOn() != null,
                GuidanceFeeRule.GUIDANCE_FEE_DATE_REQUIRED,
                "M1: say on which day the fee was incurred");
        String feeId = command.feeId().strip();
        require(
                !feeIds.contains(feeId),
                GuidanceFeeRule.GUIDANCE_FEE_ALREADY_RECORDED,
                "M1: fee " + feeId + " is recorded on this ticket already");
        return new InstallationGuidanceFeeRecordedEvent(
                command.ticketId(),
                feeId,
                amount.setScale(2),
                command.incurredOn(),
                underServiceContract,
                terms.contractNumber());
    }

    void recorded(InstallationGuidanceFeeRecordedEvent event) {
        feeIds.add(event.feeId());
    }
}
