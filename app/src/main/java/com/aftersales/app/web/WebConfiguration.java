package com.aftersales.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Filters of the HTTP layer that every controller relies on without knowing it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {
    /**
     * Issuing a bearer token records nothing, so it needs no transaction and no key. An intake's
     * attachment (R1) and a claim's receipt file (X1) are stored by their content's hash, so a
     * repeated upload is harmless by itself; and at up to 5 and 10 MB they are larger than the bodies
     * the filter keeps.
     */
    private static final List<String> NOT_A_LEDGER_WRITE =
            List.of("/api/auth/token", "/api/repair-orders/attachments", "/api/receipts");

    /**
     * After Spring Boot's own Tomcat customizer, which installs an HTML error report valve on the
     * host: that one is replaced by {@link ProblemJsonErrorReportValve}.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonForTomcatErrors() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
                    }
                });
            }
        };
    }

    /** Right after Spring Security, which has established who is asking (keys are per user). */
    @Bean
    FilterRegistrationBean<IdempotentPosts> idempotentPosts(
            JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper objectMapper, Clock clock) {
        FilterRegistrationBean<IdempotentPosts> registration = new FilterRegistrationBean<>(
                new IdempotentPosts(jdbc, transaction, objectMapper, clock, NOT_A_LEDGER_WRITE));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
