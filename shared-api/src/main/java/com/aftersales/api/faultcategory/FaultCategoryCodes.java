package com.aftersales.api.faultcategory;

import java.util.regex.Pattern;

/** R3: how a fault category's code is written: upper-case letters, digits and underscores, 1..32. */
public final class FaultCategoryCodes {
    /** The same pattern for the API's validation (400) and the list's own rule (422). */
    public static final String REGEX = "[A-Z0-9_]{1,32}";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private FaultCategoryCodes() {}

    public static boolean isWellFormed(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }
}
