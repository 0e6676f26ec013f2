package com.aftersales.app.web;

/** The same Idempotency-Key was sent with a different request. */
class IdempotencyKeyReusedException extends RuntimeException {
    IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used for a different request");
    }
}
