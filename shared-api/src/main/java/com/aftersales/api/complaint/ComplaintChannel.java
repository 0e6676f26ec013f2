package com.aftersales.api.complaint;

/** C1: how a complaint reached the company. */
public enum ComplaintChannel {
    PHONE,
    LETTER,
    VISIT,
    /** Revealed in a callback after a ticket closed (T11); the complaint names that callback. */
    CALLBACK
}
