package com.aftersales.app.parts;

import com.aftersales.command.parts.PartStock;
import com.aftersales.command.parts.PartsDates;
import com.aftersales.command.parts.PartsIssuance;
import com.aftersales.command.parts.PartsRequisition;
import com.aftersales.query.parts.PartStockProjection;
import com.aftersales.query.parts.PartsRequisitionProjection;
import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The parts stock and requisitions: the issue and return handler, the company-zone dates, the read models. */
@Configuration(proxyBeanMethods = false)
public class PartsConfiguration {

    /** R11, R15: issue and return load the requisition and the parts' stock in one unit of work. */
    @Bean
    PartsIssuance partsIssuance(
            Repository<PartsRequisition> partsRequisitionRepository, Repository<PartStock> partStockRepository) {
        return new PartsIssuance(partsRequisitionRepository, partStockRepository);
    }

    /** Injected into the count and write-off handlers: the day of a count and of a write-off's material cost. */
    @Bean
    PartsDates partsDates(Clock clock, ZoneId companyZone) {
        return new PartsDates(clock, companyZone);
    }

    @Bean
    PartStockProjection partStockProjection(JdbcTemplate jdbc) {
        return new PartStockProjection(jdbc);
    }

    @Bean
    PartsRequisitionProjection partsRequisitionProjection(JdbcTemplate jdbc) {
        return new PartsRequisitionProjection(jdbc);
    }
}
