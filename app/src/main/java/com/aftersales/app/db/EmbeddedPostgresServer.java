package com.aftersales.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded default: a real PostgreSQL 17 from Maven Central binaries, whose data
 * directory survives restarts (ADR 0002). Works as root (zonky runs it in a user namespace).
 */
public final class EmbeddedPostgresServer {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private EmbeddedPostgresServer() {}

    public static EmbeddedPostgres start(Path baseDirectory, int port) {
        Path dataDirectory = baseDirectory.resolve("pgdata").toAbsolutePath();
        Path socketDirectory = baseDirectory.resolve("socket").toAbsolutePath();
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(socketDirectory);
            releaseStaleServer(dataDirectory);
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

    /**
     * After a JVM killed with -9 the server may still run as an orphan, or its pid file may name a
     * dead or unrelated process; either blocks the next start. Stop our orphan, drop a stale file.
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
