package com.aftersales.api.expense;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * X1: the identity of a mainland-China invoice (发票), normalised. Two forms exist: the classic
 * invoice code of 10 or 12 digits with an 8-digit number, and the fully digital e-invoice (数电票)
 * with a 20-digit number and no code. {@link #key()} is what the invoice registry compares, so
 * "０４４００１９００１１１ 1234-5678" and "044001900111 12345678" are the same invoice.
 */
public record InvoiceRef(String code, String number) {

    public InvoiceRef {
        code = code == null || code.isEmpty() ? null : code;
        Objects.requireNonNull(number, "invoice number");
        if (!isValid(code, number)) {
            throw new IllegalArgumentException(
                    "an invoice is a 10- or 12-digit code with an 8-digit number, or a 20-digit e-invoice number");
        }
    }

    /**
     * The invoice as written on a form, normalised; empty when its format is neither of the two
     * forms. A blank code means an e-invoice.
     */
    public static Optional<InvoiceRef> parse(String code, String number) {
        String c = normalise(code);
        String n = normalise(number);
        return isValid(c.isEmpty() ? null : c, n) ? Optional.of(new InvoiceRef(c, n)) : Optional.empty();
    }

    /**
     * Full-width digits and letters become ASCII; spaces (also the ideographic one), hyphens and
     * dashes go; letters become upper case.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int c = cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
            if (Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || c == '-'
                    || c == 0x2010
                    || c == 0x2011
                    || c == 0x2012
                    || c == 0x2013
                    || c == 0x2014
                    || c == 0x2212) {
                return;
            }
            out.appendCodePoint(c);
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isValid(String code, String number) {
        if (code == null) {
            return digits(number, 20);
        }
        return (digits(code, 10) || digits(code, 12)) && digits(number, 8);
    }

    private static boolean digits(String text, int length) {
        return text != null && text.length() == length && text.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    public boolean isElectronic() {
        return code == null;
    }

    /** What the registry compares: {@code E:<number>} or {@code <code>:<number>}. */
    public String key() {
        return (code == null ? "E" : code) + ":" + number;
    }

    @Override
    public String toString() {
        return code == null ? number : code + " " + number;
    }
}
