package com.aftersales.api.parts;

/**
 * R11: requisitions, newest first; {@code repairOrderId} and {@code status} narrow the list when not
 * null. A list of {@link PartsRequisitionView}.
 */
public record FindPartsRequisitionsQuery(String repairOrderId, RequisitionStatus status) {}
