package com.aftersales.api.parts;

/** R11: where a requisition slip stands: requested → approved → issued → written off (核销). */
public enum RequisitionStatus {
    REQUESTED,
    APPROVED,
    ISSUED,
    WRITTEN_OFF
}
