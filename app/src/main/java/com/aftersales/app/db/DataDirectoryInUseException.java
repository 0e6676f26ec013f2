package com.aftersales.app.db;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A start refused because another running application owns the embedded data directory. Nothing
 * of that application has been touched: its PostgreSQL keeps running.
 */
public class DataDirectoryInUseException extends IllegalStateException {
    private final transient Path directory;
    private final OptionalLong holderPid;
    private final String description;

    DataDirectoryInUseException(Path directory, OptionalLong holderPid, boolean thisProcess) {
        this(directory, holderPid, description(directory, holderPid, thisProcess));
    }

    private DataDirectoryInUseException(Path directory, OptionalLong holderPid, String description) {
        super(description + " " + action());
        this.directory = directory.toAbsolutePath();
        this.holderPid = holderPid;
        this.description = description;
    }

    public Path directory() {
        return directory;
    }

    public OptionalLong holderPid() {
        return holderPid;
    }

    /** What happened, without {@link #action()}. */
    public String description() {
        return description;
    }

    private static String description(Path directory, OptionalLong pid, boolean thisProcess) {
        String holder = thisProcess
                ? "this same process (pid " + pid.getAsLong() + ")"
                : pid.isPresent()
                        ? "another running instance (pid " + pid.getAsLong() + ")"
                        : "another running instance";
        return "The embedded PostgreSQL data directory " + directory.toAbsolutePath() + " is in use by " + holder
                + "; its database was left untouched.";
    }

    static String action() {
        return "Stop the other instance first, or give this one a directory of its own with"
                + " ledger.embedded-db.directory (environment LEDGER_EMBEDDED_DB_DIRECTORY), and then also its"
                + " own ledger.embedded-db.port (LEDGER_EMBEDDED_DB_PORT) and server.port (SERVER_PORT).";
    }
}
