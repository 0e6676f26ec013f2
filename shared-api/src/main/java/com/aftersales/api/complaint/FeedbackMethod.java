package com.aftersales.api.complaint;

/** C4: how the customer heard back. */
public enum FeedbackMethod {
    PHONE,
    VISIT,
    LETTER,
    EMAIL,
    MESSAGE
}
