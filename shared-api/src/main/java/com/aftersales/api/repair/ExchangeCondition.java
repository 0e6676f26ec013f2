package com.aftersales.api.repair;

/** R9: the condition under which an exchange (换货) was decided. */
public enum ExchangeCondition {
    /** The same core part failed again after two completed repairs replaced it. */
    SAME_CORE_PART_FAILED_TWICE,
    /** A severe quality defect: won't power on, a function missing. */
    SEVERE_DEFECT,
    /** Asked for within the policy's days of delivery, unused and intact. */
    UNUSED_WITHIN_DAYS
}
