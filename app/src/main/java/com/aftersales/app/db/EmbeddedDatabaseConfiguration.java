package com.aftersales.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (SPRING_DATASOURCE_URL) the application brings its own
 * PostgreSQL. Spring destroys the DataSource before the server it depends on, and the server gives
 * up its directory's lock only once it has stopped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(
            @Value("${ledger.embedded-db.directory}") Path directory, @Value("${ledger.embedded-db.port}") int port) {
        return EmbeddedPostgresServer.start(directory, port);
    }

    /**
     * {@code poolSize}: connections at most ({@code ledger.embedded-db.pool-size}, 20); a setting
     * so that the benchmark can compare sizes (ADR 0012: not yet compared).
     */
    @Bean
    DataSource dataSource(EmbeddedPostgresServer postgres, @Value("${ledger.embedded-db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }

    @Bean
    EmbeddedDatabaseMode embeddedDatabaseMode() {
        return new EmbeddedDatabaseMode();
    }
}
