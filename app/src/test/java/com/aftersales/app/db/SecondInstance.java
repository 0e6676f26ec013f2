package com.aftersales.app.db;

import com.aftersales.app.AftersalesLedgerApplication;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another JVM for {@link EmbeddedPostgresServerTest}. {@code app <directory>} starts the whole
 * application on the embedded directory, as a second {@code spring-boot:run} would, and exits 0 if
 * it started (then stops it again) or 1 if it did not. {@code hold <directory>} starts only the
 * embedded server, prints {@code READY}, and keeps it until the JVM is killed.
 */
public final class SecondInstance {
    private SecondInstance() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[1]);
        if (args[0].equals("hold")) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, 0);
            System.out.println("READY on port " + server.port());
            Thread.sleep(Long.MAX_VALUE);
        }
        int status = 1;
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(
                        AftersalesLedgerApplication.class)
                .run(
                        "--ledger.embedded-db.directory=" + directory,
                        "--ledger.embedded-db.port=0",
                        "--server.port=0",
                        "--ledger.demo-data.enabled=false")) {
            System.out.println("STARTED");
            status = 0;
        } catch (RuntimeException refused) {
            // Spring Boot has already reported why; a failed start may leave non-daemon threads.
        }
        System.exit(status);
    }
}
