package com.aftersales.api.review;

/**
 * E1, E2: what a review counts, each under its dimension, and whether it is a numerator (counts
 * for or against the engineer) or a denominator (the base the numerator is measured on). The name
 * is the {@code metric} of a dispute.
 */
public enum ReviewMetric {
    /** A repeat repair a quality review attributed to the engineer (R13 countsAgainst). */
    REPEAT_REPAIR(ReviewDimension.QUALITY, true),
    /** A QC failure of the engineer's repair (R8). */
    QC_FAILED(ReviewDimension.QUALITY, true),
    /** A repair of the engineer that passed QC: the base of quality. */
    QC_PASSED(ReviewDimension.QUALITY, false),
    /** A complaint about the engineer that the supervisor accepted (C2). */
    COMPLAINT_ACCEPTED(ReviewDimension.ATTITUDE, true),
    /** A ticket the engineer was assigned to, once per ticket: the base of attitude. */
    TICKET_SERVED(ReviewDimension.ATTITUDE, false),
    /** SLA clocks running on a ticket when the engineer was assigned to it: a base of speed. */
    SLA_CLOCKS(ReviewDimension.SPEED, false),
    /** An SLA clock of the engineer's ticket that ran out while they were assigned (T3). */
    SLA_BREACHED(ReviewDimension.SPEED, true),
    /** An arrival of the engineer on site: a base of speed. */
    ARRIVALS(ReviewDimension.SPEED, false),
    /** An arrival by the appointment (T6 onTime). */
    ARRIVALS_ON_TIME(ReviewDimension.SPEED, true),
    /** A rating of the engineer's service (service report or callback): the base of satisfaction. */
    RATINGS(ReviewDimension.SATISFACTION, false),
    /** The points (1 to 5) of a rating. */
    RATING_POINTS(ReviewDimension.SATISFACTION, true);

    private final ReviewDimension dimension;
    private final boolean numerator;

    ReviewMetric(ReviewDimension dimension, boolean numerator) {
        this.dimension = dimension;
        this.numerator = numerator;
    }

    public ReviewDimension dimension() {
        return dimension;
    }

    public boolean numerator() {
        return numerator;
    }
}
