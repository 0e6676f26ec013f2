package com.aftersales.app.ticket;

import com.aftersales.api.ticket.ClassifySoftwareRequestCommand;
import com.aftersales.api.ticket.RequirementEvaluation;
import com.aftersales.api.ticket.SoftwareRequestClass;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/** T12: BUG, REQUIREMENT (with its evaluation) or OTHER, and a priority 1–5. */
record ClassifyRequest(
        @NotNull SoftwareRequestClass requestClass,
        @Min(1) @Max(5) int priority,
        @Valid Evaluation evaluation,
        @NotNull Long expectedVersion) {

    record Evaluation(
            @NotBlank String generality,
            @NotBlank String productFit,
            @PositiveOrZero int effortPersonDays,
            LocalDate customerDeadline,
            boolean customerAcceptsCharge) {}

    ClassifySoftwareRequestCommand toCommand(TicketId ticketId) {
        RequirementEvaluation evaluated = evaluation == null
                ? null
                : new RequirementEvaluation(
                        evaluation.generality(),
                        evaluation.productFit(),
                        evaluation.effortPersonDays(),
                        evaluation.customerDeadline(),
                        evaluation.customerAcceptsCharge());
        return new ClassifySoftwareRequestCommand(ticketId, requestClass, priority, evaluated, expectedVersion);
    }
}
