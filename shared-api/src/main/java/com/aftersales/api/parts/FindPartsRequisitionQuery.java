package com.aftersales.api.parts;

/** R11: one requisition; an optional {@link PartsRequisitionView}. */
public record FindPartsRequisitionQuery(String requisitionId) {}
