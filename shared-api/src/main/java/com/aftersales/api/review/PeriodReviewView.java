package com.aftersales.api.review;

import com.aftersales.api.policy.ReviewSettings;
import java.time.YearMonth;
import java.util.List;

/**
 * E1: the review of the months {@code from} to {@code to} for every engineer with a fact or a
 * penalty in them, best first, scored with the review family of policy version {@code
 * policyVersion}, the one in force at the end of the period (0: none recorded, the defaults).
 */
public record PeriodReviewView(
        YearMonth from, YearMonth to, int policyVersion, ReviewSettings settings, List<EngineerReviewRow> engineers) {
    public PeriodReviewView {
        engineers = List.copyOf(engineers);
    }
}
