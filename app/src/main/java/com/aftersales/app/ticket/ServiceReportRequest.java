package com.aftersales.app.ticket;

import com.aftersales.api.ticket.SubmitServiceReportCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** T9: the service report (售后服务报告单) with the customer's rating 1–5 and signature. */
record ServiceReportRequest(
        @NotBlank @Size(max = 4000) String faultCause,
        @NotBlank @Size(max = 4000) String solution,
        List<@NotBlank @Size(max = 255) @Pattern(regexp = "[^\\r\\n]*", message = "one line per part") String>
                partsReplaced,
        @Size(max = 4000) String customerOpinion,
        @Min(1) @Max(5) int satisfaction,
        boolean customerSigned,
        @NotNull Long expectedVersion) {

    SubmitServiceReportCommand toCommand(TicketId ticketId) {
        return new SubmitServiceReportCommand(
                ticketId,
                faultCause,
                solution,
                partsReplaced,
                customerOpinion,
                satisfaction,
                customerSigned,
                expectedVersion);
    }
}
