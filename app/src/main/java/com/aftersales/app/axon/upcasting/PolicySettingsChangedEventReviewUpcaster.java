package com.aftersales.app.axon.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code PolicySettingsChangedEvent} 2 → 3: the policy gained the review family (E1, E2: the
 * weights of the four dimensions and the points off per item). A version recorded before had none,
 * and reviews were not built then; it reads as having had the defaults (30/20/25/25, 10 points per
 * repeat repair, 5 per QC failure, 10 per accepted complaint). Migration V29 gives the command-side
 * copy of those versions (table {@code policy_version}) the same numbers.
 */
public class PolicySettingsChangedEventReviewUpcaster extends JsonPayloadUpcaster {

    public PolicySettingsChangedEventReviewUpcaster() {
        super(PolicySettingsChangedEventUpcaster.TYPE, "2", "3");
    }

    @Override
    void upcast(ObjectNode event) {
        ObjectNode settings = (ObjectNode) event.path("settings");
        ObjectNode review = settings.putObject("review");
        review.put("qualityWeight", 30);
        review.put("attitudeWeight", 20);
        review.put("speedWeight", 25);
        review.put("satisfactionWeight", 25);
        review.put("pointsPerRepeatRepair", 10);
        review.put("pointsPerQcFailure", 5);
        review.put("pointsPerAcceptedComplaint", 10);
    }
}
