package com.aftersales.app.web;

/** The path names something the ledger does not know: 404. */
public class UnknownResourceException extends RuntimeException {
    public UnknownResourceException(String message) {
        super(message);
    }
}
