package com.aftersales.command.parts;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.repair.RepairOrderId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/** The parts, people and dates of the parts tests (R11, R15). */
final class PartsSamples {
    static final String FUSER = "P-FUSER-220V";
    static final String ROLLER = "P-ROLLER-01";
    static final PartStockId FUSER_STOCK = new PartStockId(FUSER);
    static final PartStockId ROLLER_STOCK = new PartStockId(ROLLER);
    static final PartsRequisitionId REQUISITION = new PartsRequisitionId("6d0c5a9e-3f1b-4c2d-8e7a-9b1c2d3e4f50");
    static final RepairOrderId REPAIR_ORDER = new RepairOrderId("0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f");
    static final String ENGINEER = "U-ENG-01";
    static final String SUPERVISOR = "U-SUP-01";

    /** 00:30 on 1 April in Shanghai is still 31 March in UTC: dates are the company zone's. */
    static final Instant NOW = Instant.parse("2025-03-31T16:30:00Z");

    static final LocalDate TODAY = LocalDate.parse("2025-04-01");
    static final PartsDates DATES = new PartsDates(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));

    private PartsSamples() {}

    static BigDecimal cny(String amount) {
        return new BigDecimal(amount);
    }

    static Map<String, String> as(String userId, String role) {
        return Map.of(ActorMetadata.USER_ID, userId, ActorMetadata.ROLE, role);
    }
}
