package com.aftersales.api.penalty;

import java.util.Objects;

/**
 * P2, R13: one piece of evidence cited by a quality review decision or a penalty, by kind and id,
 * so an auditor can walk from the decision to the fact. Written as {@code KIND:id} in forms
 * ({@link #parse}).
 */
public record EvidenceRef(EvidenceKind kind, String id) {
    public static final int MAX_ID_LENGTH = 128;

    public EvidenceRef {
        Objects.requireNonNull(kind, "evidence kind");
        Objects.requireNonNull(id, "evidence id");
        id = id.strip();
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("an evidence id has 1.." + MAX_ID_LENGTH + " characters");
        }
    }

    /** {@code REPAIR_ORDER:3f2b…} as written in a form; the kind is case-insensitive. */
    public static EvidenceRef parse(String text) {
        Objects.requireNonNull(text, "evidence");
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("evidence is written KIND:id, e.g. REPAIR_ORDER:<id>");
        }
        return new EvidenceRef(
                EvidenceKind.valueOf(text.substring(0, colon).strip().toUpperCase(java.util.Locale.ROOT)),
                text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
