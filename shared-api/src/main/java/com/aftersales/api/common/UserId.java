package com.aftersales.api.common;

import java.util.Objects;

/** Stable id of a person who uses the system (clerk, engineer, ...); never their login name. */
public record UserId(String value) {
    public UserId {
        Objects.requireNonNull(value, "user id");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("user id must be 1..64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
