package com.aftersales.api.repair;

/** Work queues over repair orders: QUALITY's (awaiting QC or a sampling inspection) and SUPERVISORs' (reports to approve). */
public enum RepairQueue {
    QC,
    REPORT_APPROVAL
}
