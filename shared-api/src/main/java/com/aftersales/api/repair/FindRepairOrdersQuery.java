package com.aftersales.api.repair;

/**
 * Repair orders, newest received first, filtered; every filter is optional (null = any). Answered
 * with a list of {@link RepairOrderView}.
 */
public record FindRepairOrdersQuery(
        RepairOrderState state, String engineerId, String serialNumber, RepairQueue queue, int page, int size) {
    public FindRepairOrdersQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("size must be 1..500");
        }
    }
}
