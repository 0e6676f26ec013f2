package com.aftersales.api.parts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identity of one part's stock ledger (R15): the part number, 1..64 characters without whitespace.
 * Its event stream is named {@code part:<partNumber>} ({@link #toString()}), so a part number can
 * never name the stream of a serial or a ticket.
 */
public record PartStockId(String partNumber) {
    private static final Pattern ALLOWED = Pattern.compile("\\S{1,64}");

    public PartStockId {
        Objects.requireNonNull(partNumber, "part number");
        if (!ALLOWED.matcher(partNumber).matches()) {
            throw new IllegalArgumentException("a part number is 1..64 characters without whitespace");
        }
    }

    /** Whether {@code partNumber} is a part number the stock accepts. */
    public static boolean isValid(String partNumber) {
        return partNumber != null && ALLOWED.matcher(partNumber).matches();
    }

    @Override
    public String toString() {
        return "part:" + partNumber;
    }
}
