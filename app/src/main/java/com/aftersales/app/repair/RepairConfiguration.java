package com.aftersales.app.repair;

import com.aftersales.command.policy.PolicyVersions;
import com.aftersales.command.repair.JdbcRepairAttachments;
import com.aftersales.command.repair.RepairAttachments;
import com.aftersales.command.repair.RepairOrder;
import com.aftersales.command.repair.RepairOrderIntake;
import com.aftersales.command.repair.RepairPolicies;
import com.aftersales.command.repair.VersionedRepairPolicies;
import com.aftersales.command.serial.SerialRegistry;
import com.aftersales.command.ticket.RepositoryTicketLinks;
import com.aftersales.command.ticket.ServiceTicket;
import com.aftersales.query.repair.RepairOrderProjection;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The repair order's beans: its intake (R1), the policy numbers it uses and records, the
 * attachment store as the command side reads it, and its read model. The serial registry (R2) and
 * the fault-category list (R3) come from their own packages.
 */
@Configuration(proxyBeanMethods = false)
public class RepairConfiguration {

    @Bean
    RepairPolicies repairPolicies(PolicyVersions versions) {
        return new VersionedRepairPolicies(versions);
    }

    @Bean
    RepairAttachments repairAttachments(JdbcTemplate jdbc) {
        return new JdbcRepairAttachments(jdbc);
    }

    @Bean
    RepairOrderIntake repairOrderIntake(
            Repository<RepairOrder> repairOrderRepository,
            SerialRegistry serials,
            RepairAttachments attachments,
            RepairPolicies policies,
            Repository<ServiceTicket> serviceTicketRepository) {
        return new RepairOrderIntake(
                repairOrderRepository,
                serials,
                attachments,
                policies,
                new RepositoryTicketLinks(serviceTicketRepository));
    }

    @Bean
    RepairOrderProjection repairOrderProjection(JdbcTemplate jdbc) {
        return new RepairOrderProjection(jdbc);
    }
}
