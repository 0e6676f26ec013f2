package com.aftersales.api.repair;

/** R12: what makes a later repair the same problem as an earlier one. */
public enum RepeatMatch {
    /** The same fault category was diagnosed. */
    FAULT_CATEGORY,
    /** A part replaced by the earlier repair is to be replaced again. */
    REPLACED_PART,
    /** Both. */
    FAULT_CATEGORY_AND_PART
}
