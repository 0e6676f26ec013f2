package com.aftersales.api.repair;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * R7: hand-over {@code handOver} (1, 2, … per station tried) of a unit the company cannot repair
 * ({@code reason}) to an external repair station: its name and business contact (the station's desk,
 * not a person's), the pick-up voucher number (取机凭据). The station is chased first on {@code
 * firstChaseOn} (working days of {@code policyVersion}).
 */
@Revision("1")
public record OutsourcedRepairSentEvent(
        RepairOrderId repairOrderId,
        int handOver,
        String stationName,
        String stationContact,
        String pickUpVoucherNumber,
        String reason,
        Instant sentAt,
        LocalDate firstChaseOn,
        int policyVersion) {}
