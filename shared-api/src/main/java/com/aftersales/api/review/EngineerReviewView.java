package com.aftersales.api.review;

import com.aftersales.api.policy.ReviewSettings;
import java.time.YearMonth;
import java.util.List;

/**
 * E1–E3: one engineer's review of a period: the row (scores, total, rank among the engineers of the
 * period), every fact behind every cell with its dispute, the disputes, and the penalties imposed.
 */
public record EngineerReviewView(
        YearMonth from,
        YearMonth to,
        int policyVersion,
        ReviewSettings settings,
        EngineerReviewRow review,
        List<ReviewFactView> facts,
        List<ReviewDisputeView> disputes,
        List<ReviewPenaltyView> penalties) {
    public EngineerReviewView {
        facts = List.copyOf(facts);
        disputes = List.copyOf(disputes);
        penalties = List.copyOf(penalties);
    }
}
