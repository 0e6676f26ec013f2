package com.aftersales.command.expense.fraud;

import java.util.Locale;

/**
 * X3: city names as people write them: "杭州市", " 杭州 " and "杭州" are the same city, and so are
 * "Hangzhou" and "hangzhou".
 */
public final class CityNames {
    private CityNames() {}

    public static String normalise(String city) {
        if (city == null) {
            return "";
        }
        String stripped = city.strip();
        if (stripped.endsWith("市")) {
            stripped = stripped.substring(0, stripped.length() - 1).strip();
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    public static boolean same(String one, String other) {
        return normalise(one).equals(normalise(other));
    }
}
