package com.aftersales.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots the whole application once per test JVM on a real PostgreSQL: the embedded one in a fresh
 * directory, or the server named by SPRING_DATASOURCE_URL. Tests share the database, and an
 * external one keeps what earlier runs wrote, so each test works on tickets, serial numbers and
 * months of its own and measures counts as differences, never from zero.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {
    /** Fresh per test JVM (two test runs at once must not share a data directory). */
    public static final Path DATABASE_DIRECTORY =
            freshDirectory("shared-" + ProcessHandle.current().pid());

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    /** The application's clock (docs/testing.md, "Moving time in tests"); reset after every test. */
    @Autowired
    protected TestClock clock;

    protected Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("ledger.embedded-db.directory", DATABASE_DIRECTORY::toString);
    }

    @BeforeEach
    void connect() {
        TestUsers.ensure(jdbc);
        api = new Api(port);
        // Axon's message clock is a static: an application started by another test of this JVM
        // (RestartIntegrationTest) set it to its own clock.
        GenericEventMessage.clock = clock;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Events recorded for people's requests. Leaves out those of the {@code system} actor: deadlines
     * of tickets from earlier runs on a reused database may fire at any moment of this one.
     */
    protected long eventCount() {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry"
                        + " where convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' is distinct from 'system'",
                Long.class);
    }

    /** A new, empty directory under target/ for one embedded PostgreSQL. */
    public static Path freshDirectory(String name) {
        Path directory = Path.of("target", "it-postgres", name).toAbsolutePath();
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }
}
