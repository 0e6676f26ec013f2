package com.aftersales.api.repair;

/** One repair order; answered with a {@link RepairOrderView}, or null when there is none. */
public record FindRepairOrderQuery(String repairOrderId) {}
