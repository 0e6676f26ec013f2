package com.aftersales.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded default: a real PostgreSQL 17 from Maven Central binaries, whose data
 * directory survives restarts (ADR 0002). Works as root (zonky runs it in a user namespace).
 *
 * <p>The instance owns its base directory through a {@link DataDirectoryLock} from before anything
 * in it is touched until the server has stopped ({@link #close}). A start that cannot take the lock
 * is refused at once, and the running owner's server is left alone.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final DataDirectoryLock lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, DataDirectoryLock lock) {
        this.postgres = postgres;
        this.lock = lock;
    }

    /**
     * @throws DataDirectoryInUseException if another running application (or this one) owns the
     *     directory
     */
    public static EmbeddedPostgresServer start(Path baseDirectory, int port) {
        Path dataDirectory = baseDirectory.resolve("pgdata").toAbsolutePath();
        Path socketDirectory = baseDirectory.resolve("socket").toAbsolutePath();
        DataDirectoryLock lock;
        try {
            lock = DataDirectoryLock.acquire(baseDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock the embedded data directory " + baseDirectory, e);
        }
        try {
            EmbeddedPostgres postgres = startOwned(baseDirectory, dataDirectory, socketDirectory, port);
            return new EmbeddedPostgresServer(postgres, lock);
        } catch (RuntimeException e) {
            closeQuietly(lock, e);
            throw e;
        }
    }

    /** Only called with the directory's lock held: whatever server runs there now is an orphan. */
    private static EmbeddedPostgres startOwned(Path baseDirectory, Path dataDirectory, Path socketDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(socketDirectory);
            releaseStaleServer(dataDirectory);
            requireFree(port);
            boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(
                            baseDirectory.resolve("binaries").toAbsolutePath().toFile())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("unix_socket_directories", socketDirectory.toString())
                    // zonky turns these off for throw-away test databases; ours keeps user data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            requireOwnServer(postgres, dataDirectory);
            log.info(
                    "Embedded PostgreSQL on port {} with {} data directory {}",
                    postgres.getPort(),
                    existing ? "existing" : "new",
                    dataDirectory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String user, String database) {
        return postgres.getJdbcUrl(user, database);
    }

    /** Stops the server, then gives up the directory; the lock is released even if the stop fails. */
    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }

    private static void closeQuietly(DataDirectoryLock lock, RuntimeException failure) {
        try {
            lock.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * zonky's readiness check only connects to the port: if another server already listens there,
     * the application would silently use that server's database. Refuse to start instead.
     */
    private static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException inUse) {
            throw new IllegalStateException("port " + port + " is already in use, so the embedded PostgreSQL"
                    + " cannot start there; stop the other server or set ledger.embedded-db.port"
                    + " (LEDGER_EMBEDDED_DB_PORT)");
        }
    }

    private static void requireOwnServer(EmbeddedPostgres postgres, Path dataDirectory) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet result = connection.createStatement().executeQuery("show data_directory")) {
            result.next();
            if (!Path.of(result.getString(1)).toAbsolutePath().equals(dataDirectory)) {
                postgres.close();
                throw new IllegalStateException("the server on port " + postgres.getPort() + " serves "
                        + result.getString(1) + ", not " + dataDirectory);
            }
        } catch (SQLException e) {
            throw new IOException("could not check the embedded PostgreSQL", e);
        }
    }

    /**
     * After a JVM killed with -9 the server may still run as an orphan, or its pid file may name a
     * dead or unrelated process; either blocks the next start. Stop our orphan, drop a stale file.
     * Safe only because the caller holds the directory's lock: a server of a living owner would have
     * kept this start from getting here.
     */
    private static void releaseStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean orphan = process.flatMap(p -> p.info().commandLine())
                .map(command -> command.contains("postgres") && command.contains(dataDirectory.toString()))
                .orElse(false);
        if (orphan) {
            log.warn("Stopping an orphaned PostgreSQL (pid {}) left by an earlier run", pid);
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
            try {
                process.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("the orphaned PostgreSQL " + pid + " did not stop", e);
            }
        } else {
            log.warn("Removing a stale postmaster.pid (pid {} is not our server)", pid);
            Files.deleteIfExists(pidFile);
        }
    }
}
