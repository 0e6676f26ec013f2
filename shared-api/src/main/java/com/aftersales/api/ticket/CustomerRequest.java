package com.aftersales.api.ticket;

/** T2: what the customer asks for. */
public enum CustomerRequest {
    REPAIR,
    EXCHANGE,
    REFUND,
    INSTALLATION,
    CONSULTATION
}
