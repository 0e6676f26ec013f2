package com.aftersales.api.serial;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity of one registered unit: its serial number, 1..64 characters without whitespace (R2). Its
 * event stream is named {@code serial:<serialNumber>} ({@link #toString()}, which Axon takes as the
 * aggregate identifier), so a serial number can never name the stream of a part or a ticket.
 */
public record SerialUnitId(String serialNumber) {
    private static final Pattern ALLOWED = Pattern.compile("\\S{1,64}");

    public SerialUnitId {
        Objects.requireNonNull(serialNumber, "serial number");
        if (!ALLOWED.matcher(serialNumber).matches()) {
            throw new IllegalArgumentException("a serial number is 1..64 characters without whitespace");
        }
    }

    /** Whether {@code serialNumber} is a serial number this registry accepts. */
    public static boolean isValid(String serialNumber) {
        return serialNumber != null && ALLOWED.matcher(serialNumber).matches();
    }

    /** The aggregate identifier of the unit's event stream: {@code serial:<serialNumber>}. */
    @Override
    public String toString() {
        return "serial:" + serialNumber;
    }
}
