package com.aftersales.api.ticket;

/** T2: proof of purchase; at least one of order number or invoice number. */
public record ProofOfPurchase(String orderNumber, String invoiceNumber) {
    public ProofOfPurchase {
        if (isBlank(orderNumber) && isBlank(invoiceNumber)) {
            throw new IllegalArgumentException("proof of purchase needs an order number or an invoice number");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
