package com.aftersales.app.review;

import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ComplaintSettings;
import com.aftersales.api.policy.ExpenseCaps;
import com.aftersales.api.policy.ExpenseCategory;
import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.RepairSettings;
import com.aftersales.api.policy.ReviewSettings;
import com.aftersales.api.policy.TicketSlaSettings;
import com.aftersales.api.ticket.Urgency;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** A whole policy with the rules' defaults and the review family the test chooses. */
final class ReviewPolicySamples {
    private ReviewPolicySamples() {}

    static PolicySettings withReview(ReviewSettings review) {
        Map<CityTier, BigDecimal> caps = Map.of(
                CityTier.TIER_1, new BigDecimal("500"),
                CityTier.TIER_2, new BigDecimal("350"),
                CityTier.OTHER, new BigDecimal("250"));
        return new PolicySettings(
                new TicketSlaSettings(
                        Map.of(
                                Urgency.URGENT, Duration.ofHours(2),
                                Urgency.NORMAL, Duration.ofHours(4),
                                Urgency.LOW, Duration.ofHours(24)),
                        Map.of(Urgency.URGENT, Duration.ofHours(4), Urgency.NORMAL, Duration.ofHours(24)),
                        Duration.ofHours(4)),
                new RepairSettings(24, 3, 1, 7, 3, 90, 24, 4, 1, 3, 10, 10, 7, 15, 10, 24),
                new ComplaintSettings(2),
                new ExpenseCaps(Map.of(
                        ExpenseCategory.LODGING, caps, ExpenseCategory.MEALS, caps, ExpenseCategory.TRANSPORT, caps)),
                review);
    }
}
