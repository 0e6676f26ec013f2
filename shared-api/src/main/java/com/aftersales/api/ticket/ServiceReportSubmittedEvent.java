package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** T9: the engineer's service report (售后服务报告单), with the customer's rating 1–5. */
@Revision("1")
public record ServiceReportSubmittedEvent(
        TicketId ticketId,
        UserId engineerId,
        String faultCause,
        String solution,
        List<String> partsReplaced,
        String customerOpinion,
        int satisfaction,
        boolean customerSigned) {}
