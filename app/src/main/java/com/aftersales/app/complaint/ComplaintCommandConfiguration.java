package com.aftersales.app.complaint;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.Staff;
import com.aftersales.command.calendar.Calendars;
import com.aftersales.command.complaint.CompanyComplaintFeedbackCalendar;
import com.aftersales.command.complaint.ComplaintFeedbackCalendar;
import com.aftersales.command.complaint.JdbcRepeatReviews;
import com.aftersales.command.complaint.RepeatReviewTable;
import com.aftersales.command.complaint.RepeatReviews;
import com.aftersales.command.policy.PolicyVersions;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Complaints (C1–C5, P1), the command side: the feedback's working-day count injected into the
 * registration, the repeat-repair reviews a repeated-repair complaint links and their lookup table,
 * and the registration the API and the pages share.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintCommandConfiguration {

    /** C4: the feedback is due in working days (policy in force) of the company calendar. */
    @Bean
    ComplaintFeedbackCalendar complaintFeedbackCalendar(Calendars calendars, PolicyVersions policies) {
        return new CompanyComplaintFeedbackCalendar(calendars, policies);
    }

    /** C5 → R13: read in the acceptance's own transaction. */
    @Bean
    RepeatReviews repeatReviews(JdbcTemplate jdbc) {
        return new JdbcRepeatReviews(jdbc);
    }

    /** Subscribing (application.yml): a review's row commits with its opening. */
    @Bean
    RepeatReviewTable repeatReviewTable(JdbcTemplate jdbc) {
        return new RepeatReviewTable(jdbc);
    }

    /**
     * A subscribing processor logs and swallows a handler's failure by default: a review would open
     * without its row and a later complaint would miss it. Propagated, the opening rolls back.
     */
    @Bean
    ConfigurerModule repeatReviewTableFailuresRollBack() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        RepeatReviewTable.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    ComplaintIntake complaintIntake(
            CommandGateway commands, QueryGateway queries, Staff staff, CustomerContacts customers, Clock clock) {
        return new ComplaintIntake(commands, queries, staff, customers, clock);
    }
}
