package com.aftersales.api.statistics;

/** M3: why a version of a monthly report was issued. */
public enum IssueTrigger {
    /** The job of the 5th in the company zone issued it. */
    SCHEDULED,
    /** A MANAGER issued it before the 5th. */
    ON_DEMAND,
    /** A MANAGER restated an issued report, with a reason; the earlier versions stay as they were. */
    RESTATEMENT
}
