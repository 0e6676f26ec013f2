package com.aftersales.app.visit;

import com.aftersales.command.visit.VisitPolicy;
import com.aftersales.query.visit.KeyCustomerVisitProjection;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The visit plan's command-side policy and its read model as beans (T11). */
@Configuration(proxyBeanMethods = false)
public class KeyCustomerVisitConfiguration {

    /** Injected into KeyCustomerVisitPlan's command handlers: due-by dates and the zone their days end in. */
    @Bean
    VisitPolicy visitPolicy(ZoneId companyZone) {
        return new VisitPolicy(companyZone);
    }

    @Bean
    KeyCustomerVisitProjection keyCustomerVisitProjection(JdbcTemplate jdbc) {
        return new KeyCustomerVisitProjection(jdbc);
    }
}
