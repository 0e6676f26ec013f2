package com.aftersales.app.ui;

/** Where a page may send the browser next: only back into this application (no open redirect). */
final class LocalPaths {
    private LocalPaths() {}

    static String orHome(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.startsWith("/role")
                || next.startsWith("/login")) {
            return "/";
        }
        return next;
    }
}
