package com.aftersales.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (SPRING_DATASOURCE_URL) the application brings its own
 * PostgreSQL. Spring destroys the DataSource before the server it depends on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${ledger.embedded-db.directory}") Path directory, @Value("${ledger.embedded-db.port}") int port) {
        return EmbeddedPostgresServer.start(directory, port);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }

    @Bean
    EmbeddedDatabaseMode embeddedDatabaseMode() {
        return new EmbeddedDatabaseMode();
    }
}
