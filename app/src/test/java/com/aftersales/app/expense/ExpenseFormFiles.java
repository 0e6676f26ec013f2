package com.aftersales.app.expense;

import java.util.Base64;

/** Small receipt files the forms upload: a real 1×1 PNG, so the store's content check accepts it. */
final class ExpenseFormFiles {
    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private ExpenseFormFiles() {}

    /** A PNG that differs per call in a trailing chunk, so each upload is a file of its own. */
    static byte[] png() {
        byte[] base = Base64.getDecoder().decode(PNG);
        byte[] unique = java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] file = new byte[base.length + unique.length];
        System.arraycopy(base, 0, file, 0, base.length);
        System.arraycopy(unique, 0, file, base.length, unique.length);
        return file;
    }
}
