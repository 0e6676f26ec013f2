package com.aftersales.api.policy;

/**
 * E1, E2: how an engineer's review is scored. The weights of the four dimensions in per cent (they
 * sum to 100: the total is their weighted sum); the points a quality score loses per repeat repair
 * attributed to the engineer and per failed QC, and the points an attitude score loses per accepted
 * complaint about the engineer (docs/domain/engineer-reviews.md has the formulas).
 *
 * <p>Revision 2 of the policy event had no review family; a version recorded then reads as having
 * had {@link #DEFAULTS} (PolicySettingsChangedEvent's upcaster says so).
 */
public record ReviewSettings(
        int qualityWeight,
        int attitudeWeight,
        int speedWeight,
        int satisfactionWeight,
        int pointsPerRepeatRepair,
        int pointsPerQcFailure,
        int pointsPerAcceptedComplaint) {

    /** The weights 30/20/25/25; 10 points off per repeat repair, 5 per QC failure, 10 per accepted complaint. */
    public static final ReviewSettings DEFAULTS = new ReviewSettings(30, 20, 25, 25, 10, 5, 10);

    /** The sum of the four weights (100 in a valid policy). */
    public int weightSum() {
        return qualityWeight + attitudeWeight + speedWeight + satisfactionWeight;
    }
}
