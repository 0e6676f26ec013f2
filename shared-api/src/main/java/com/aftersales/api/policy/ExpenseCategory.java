package com.aftersales.api.policy;

/** X1/X5: the expense categories that have a daily cap per city tier. */
public enum ExpenseCategory {
    /** 住宿, per night. */
    LODGING,
    /** 餐费/出差补助, per day. */
    MEALS,
    /** 市内交通, per day. */
    TRANSPORT
}
