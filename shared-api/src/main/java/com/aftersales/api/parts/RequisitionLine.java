package com.aftersales.api.parts;

/** One line of a requisition slip: {@code quantity} units of {@code partNumber}, and why they are needed. */
public record RequisitionLine(String partNumber, int quantity, String reason) {}
