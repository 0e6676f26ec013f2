package com.aftersales.api.ticket;

/** Hardware units are serviced and repaired; software requests are classified (T12). */
public enum ProductKind {
    HARDWARE,
    SOFTWARE
}
