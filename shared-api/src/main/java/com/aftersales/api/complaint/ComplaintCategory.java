package com.aftersales.api.complaint;

/**
 * C4, C5: what a complaint is about. The first four are the serious service faults of C5
 * (严重服务质量问题); an accepted complaint of one of them about an engineer proposes a penalty (P1).
 */
public enum ComplaintCategory {
    /** C5: improper language, arguing with the customer (服务用语不当、与客户争吵). */
    IMPROPER_LANGUAGE_OR_ARGUING(true),
    /** C5, X8: asking the customer for money or gifts, or unreasonable demands (索要钱物、提无理要求). */
    SOLICITING_MONEY_GIFTS_OR_DEMANDS(true),
    /** C5: not serving in time for personal reasons (因个人原因未及时服务). */
    LATE_SERVICE_FOR_PERSONAL_REASONS(true),
    /** C5: repeated repair of the same problem for personal reasons (因个人原因重复维修); links to R13. */
    REPEATED_REPAIR_FOR_PERSONAL_REASONS(true),
    SLOW_RESPONSE(false),
    REPAIR_QUALITY(false),
    PRODUCT_QUALITY(false),
    CHARGES(false),
    OTHER(false);

    private final boolean serious;

    ComplaintCategory(boolean serious) {
        this.serious = serious;
    }

    /** C5: a serious service fault, leading to a warning, a fine or dismissal by severity. */
    public boolean serious() {
        return serious;
    }
}
