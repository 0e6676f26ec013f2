package com.aftersales.api.ticket;

import java.time.LocalDate;

/** T12: how a software requirement was evaluated before anything is promised. */
public record RequirementEvaluation(
        String generality,
        String productFit,
        int effortPersonDays,
        LocalDate customerDeadline,
        boolean customerAcceptsCharge) {
    public RequirementEvaluation {
        if (effortPersonDays < 0) {
            throw new IllegalArgumentException("effort cannot be negative");
        }
    }
}
