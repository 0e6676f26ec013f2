package com.aftersales.app.web;

/** The operation cannot run now because of the system's state (e.g. a rebuild already running): 409. */
public class OperationConflictException extends RuntimeException {
    public OperationConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
