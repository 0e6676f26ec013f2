package com.aftersales.api.ticket;

/** T3: urgency (紧急程度); the SLA hours per level are settings, not constants. */
public enum Urgency {
    /** 紧急: safety hazard or core function unusable. */
    URGENT,
    /** 一般: minor malfunction, cosmetic damage, non-core fault. */
    NORMAL,
    /** 非紧急: consultation, usage questions. */
    LOW
}
