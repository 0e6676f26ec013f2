package com.aftersales.app.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A database that one test has to itself, for tests that start their own application contexts
 * and need a database nobody else writes to: a fresh embedded data directory, or, when
 * SPRING_DATASOURCE_URL names an external server, a fresh schema there (dropped by {@link #close}).
 */
public final class IsolatedDatabase implements AutoCloseable {
    private static final String EXTERNAL_URL = System.getenv("SPRING_DATASOURCE_URL");

    private final Path directory;
    private final String schema;

    private IsolatedDatabase(Path directory, String schema) {
        this.directory = directory;
        this.schema = schema;
    }

    /** {@code name} tells the directory or schema apart; this JVM's pid or a random suffix is added. */
    public static IsolatedDatabase create(String name) {
        if (external()) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            return new IsolatedDatabase(null, ("it_" + name + "_" + suffix).toLowerCase(Locale.ROOT));
        }
        return new IsolatedDatabase(
                IntegrationTest.freshDirectory(
                        name + "-" + ProcessHandle.current().pid()),
                null);
    }

    public static boolean external() {
        return EXTERNAL_URL != null && !EXTERNAL_URL.isBlank();
    }

    /** Command-line arguments that point an application at this database (they beat the environment). */
    public List<String> arguments() {
        if (schema == null) {
            return List.of("--ledger.embedded-db.directory=" + directory);
        }
        String separator = EXTERNAL_URL.contains("?") ? "&" : "?";
        // Flyway creates the schema; currentSchema puts it first on every connection's search_path.
        return List.of(
                "--spring.datasource.url=" + EXTERNAL_URL + separator + "currentSchema=" + schema,
                "--spring.flyway.schemas=" + schema);
    }

    @Override
    public void close() throws SQLException {
        if (schema == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(
                EXTERNAL_URL,
                System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
            connection.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }
}
