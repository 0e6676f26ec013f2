package com.aftersales.app.review;

import com.aftersales.query.review.EngineerReviewProjection;
import com.aftersales.query.review.ReviewQueries;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Engineer reviews as people read them (E1–E3): the projection and its queries as beans. */
@Configuration(proxyBeanMethods = false)
public class ReviewReadConfiguration {

    @Bean
    EngineerReviewProjection engineerReviewProjection(JdbcTemplate jdbc, ZoneId companyZone) {
        return new EngineerReviewProjection(jdbc, companyZone);
    }

    @Bean
    ReviewQueries reviewQueries(JdbcTemplate jdbc, ZoneId companyZone) {
        return new ReviewQueries(jdbc, companyZone);
    }
}
