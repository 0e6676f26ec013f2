package com.aftersales.app.db;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.aftersales.app.support.IntegrationTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded default never uses a server it did not start, and never stops one that a living
 * application owns. Two of these tests start a second JVM ({@link SecondInstance}) on the same
 * directory, as a second terminal would.
 */
class EmbeddedPostgresServerTest {
    private static final long SELF = ProcessHandle.current().pid();

    @Test
    void aPortTakenByAnotherServerStopsTheStartWithAClearMessage() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory("port-taken"), other.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + other.getLocalPort() + " is already in use");
        }
    }

    @Test
    void aSecondJvmOnTheSameDirectoryRefusesAtOnceAndLeavesTheRunningServerAlone() throws Exception {
        Path directory = directory("second-jvm");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(directory, 0)) {
            long postgres = postmasterPid(directory);

            SecondRun second = runToTheEnd("app", directory);

            assertThat(second.exitCode()).as(second.output()).isNotZero();
            assertThat(second.output())
                    .contains("APPLICATION FAILED TO START")
                    .contains(
                            "data directory " + directory + " is in use by another running instance (pid " + SELF + ")")
                    .contains("Stop the other instance")
                    .contains("LEDGER_EMBEDDED_DB_DIRECTORY")
                    .doesNotContain("orphaned PostgreSQL")
                    .doesNotContain("STARTED");
            assertThat(Files.readString(directory.resolve(DataDirectoryLock.FILE_NAME)))
                    .isEqualToIgnoringNewLines(Long.toString(SELF));
            assertThat(ProcessHandle.of(postgres).map(ProcessHandle::isAlive)).contains(true);
            assertThat(postmasterPid(directory)).isEqualTo(postgres);
            assertAnswersQuickly(first);
        }
    }

    @Test
    void aSecondStartInTheSameJvmIsRefusedAndAfterTheHolderClosesANewStartGetsTheSameData() throws Exception {
        Path directory = directory("reopen");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(directory, 0)) {
            execute(first, "create table kept (note text)");
            execute(first, "insert into kept values ('still here')");

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory, 0))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by this same process (pid " + SELF + ")");
            assertAnswersQuickly(first);
        }

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(directory, 0)) {
            assertThat(queryForText(again, "select note from kept")).isEqualTo("still here");
        }
    }

    @Test
    void aLockHeldThroughAnotherChannelOfThisJvmCountsAsTakenAndNothingIsTouched() throws Exception {
        Path directory = directory("overlap");
        Files.createDirectories(directory);
        try (FileChannel channel = FileChannel.open(directory.resolve(DataDirectoryLock.FILE_NAME), CREATE, WRITE);
                FileLock held = channel.lock()) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory, 0))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(directory.toString());
            assertThat(held.isValid()).isTrue();
        }
        assertThat(directory.resolve("pgdata")).doesNotExist();
    }

    @Test
    void afterItsOwnerIsKilledTheNextStartTakesTheDirectoryOverAndStopsTheOrphanedServer() throws Exception {
        Path directory = directory("killed-owner");
        Path output = directory.resolveSibling(directory.getFileName() + ".out");
        Process owner = secondJvm("hold", directory, output).start();
        try {
            await().atMost(Duration.ofMinutes(2))
                    .until(() ->
                            Files.exists(output) && Files.readString(output).contains("READY"));
            long orphan = postmasterPid(directory);
            owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                    .as("PostgreSQL outlives its killed owner")
                    .contains(true);

            try (EmbeddedPostgresServer next = EmbeddedPostgresServer.start(directory, 0)) {
                assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
                        .isEmpty();
                assertThat(postmasterPid(directory)).isNotEqualTo(orphan);
                assertAnswersQuickly(next);
            }
        } finally {
            owner.destroyForcibly();
        }
    }

    private record SecondRun(int exitCode, String output) {}

    private static SecondRun runToTheEnd(String mode, Path directory) throws Exception {
        Path output = directory.resolveSibling(directory.getFileName() + "-" + mode + ".out");
        Process process = secondJvm(mode, directory, output).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the second JVM did not end: " + Files.readString(output));
        }
        return new SecondRun(process.exitValue(), Files.readString(output));
    }

    private static ProcessBuilder secondJvm(String mode, Path directory, Path output) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true",
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                SecondInstance.class.getName(),
                mode,
                directory.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        // The second start must look for the embedded database, as `spring-boot:run` does by default.
        builder.environment().remove("SPRING_DATASOURCE_URL");
        return builder;
    }

    private static Path directory(String name) {
        return IntegrationTest.freshDirectory(name + "-" + SELF);
    }

    private static long postmasterPid(Path directory) throws IOException {
        return Long.parseLong(Files.readAllLines(directory.resolve("pgdata").resolve("postmaster.pid"))
                .get(0)
                .trim());
    }

    private static void assertAnswersQuickly(EmbeddedPostgresServer server) {
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThat(queryForText(server, "select 'answering'")).isEqualTo("answering"));
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = server.postgres().getPostgresDatabase().getConnection()) {
            connection.createStatement().execute(sql);
        }
    }

    private static String queryForText(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = server.postgres().getPostgresDatabase().getConnection();
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
