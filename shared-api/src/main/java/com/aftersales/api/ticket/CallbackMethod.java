package com.aftersales.api.ticket;

/** T11: how the customer was called back. */
public enum CallbackMethod {
    PHONE,
    VISIT,
    EMAIL,
    MESSAGE
}
