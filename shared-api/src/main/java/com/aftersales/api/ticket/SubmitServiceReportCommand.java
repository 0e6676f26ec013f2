package com.aftersales.api.ticket;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T9: the engineer's service report (售后服务报告单). */
public record SubmitServiceReportCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String faultCause,
        String solution,
        List<String> partsReplaced,
        String customerOpinion,
        int satisfaction,
        boolean customerSigned,
        @TargetAggregateVersion Long expectedVersion) {}
