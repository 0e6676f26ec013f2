package com.aftersales.app.web;

/** A request field that is well-formed but not acceptable: 400 with the field named in {@code errors}. */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
