package com.aftersales.query.lineage;

import com.aftersales.api.parts.PartsRequestedEvent;
import com.aftersales.api.penalty.PenaltyProposedEvent;
import com.aftersales.api.penalty.PenaltySource;
import com.aftersales.api.quality.QualityReviewOpenedEvent;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderOpenedEvent;
import com.aftersales.api.repair.RepeatRepairDetectedEvent;
import com.aftersales.api.serial.SerialRegisteredEvent;
import com.aftersales.api.serial.SerialUnitId;
import com.aftersales.api.supplier.SupplierClaimOpenedEvent;
import com.aftersales.api.ticket.RepairOrderLinkedEvent;
import com.aftersales.api.ticket.ServiceTicketRegisteredEvent;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which aggregates make up a serial's lineage: its registry entry, tickets, repair orders, parts
 * requisitions, supplier claims, quality reviews, penalties. Only the membership is kept here; the lineage itself is read from the event store, so
 * it can never disagree with what was recorded. An aggregate that does not name the serial (a
 * penalty, a ticket's repair order link) joins through one that does.
 */
@ProcessingGroup(SerialLineageMembers.PROCESSING_GROUP)
public class SerialLineageMembers {
    public static final String PROCESSING_GROUP = "serial-lineage";

    static final String TICKET = "ServiceTicket";
    static final String REPAIR_ORDER = "RepairOrder";
    static final String QUALITY_REVIEW = "QualityReview";
    static final String PENALTY = "Penalty";
    static final String SUPPLIER_CLAIM = "SupplierClaim";
    static final String SERIAL_UNIT = "SerialUnit";
    static final String PARTS_REQUISITION = "PartsRequisition";

    private final JdbcTemplate jdbc;

    public SerialLineageMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ServiceTicketRegisteredEvent event) {
        join(event.product().serialNumber(), event.ticketId().value(), TICKET);
    }

    @EventHandler
    void on(RepairOrderLinkedEvent event) {
        joinThrough(event.ticketId().value(), event.repairOrderId().value(), REPAIR_ORDER);
    }

    @EventHandler
    void on(RepairOrderOpenedEvent event) {
        join(event.serialNumber(), event.repairOrderId().value(), REPAIR_ORDER);
    }

    @EventHandler
    void on(SupplierClaimOpenedEvent event) {
        join(event.serialNumber(), event.claimId().value(), SUPPLIER_CLAIM);
    }

    @EventHandler
    void on(SerialRegisteredEvent event) {
        join(event.serialNumber(), new SerialUnitId(event.serialNumber()).toString(), SERIAL_UNIT);
    }

    @EventHandler
    void on(PartsRequestedEvent event) {
        joinThrough(event.repairOrderId().value(), event.requisitionId().value(), PARTS_REQUISITION);
    }

    @EventHandler
    void on(QualityReviewOpenedEvent event) {
        join(event.serialNumber(), event.reviewId().value(), QUALITY_REVIEW);
    }

    /** A penalty from a quality review joins the review's unit; one from elsewhere names no unit. */
    @EventHandler
    void on(PenaltyProposedEvent event) {
        if (event.source() == PenaltySource.QUALITY_REVIEW) {
            joinThrough(event.sourceId(), event.penaltyId().value(), PENALTY);
        }
    }

    @EventHandler
    void on(RepairOrderCompletedEvent event) {
        join(event.serialNumber(), event.repairOrderId().value(), REPAIR_ORDER);
    }

    @EventHandler
    void on(RepeatRepairDetectedEvent event) {
        join(event.serialNumber(), event.repairOrderId().value(), REPAIR_ORDER);
        join(event.serialNumber(), event.earlierRepairOrderId().value(), REPAIR_ORDER);
        join(event.serialNumber(), event.qualityReviewId().value(), QUALITY_REVIEW);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from serial_lineage_member");
    }

    void join(String serialNumber, String aggregateId, String aggregateType) {
        if (serialNumber == null || serialNumber.isBlank()) {
            return;
        }
        jdbc.update(
                "insert into serial_lineage_member(serial_number, aggregate_id, aggregate_type) values (?, ?, ?)"
                        + " on conflict do nothing",
                serialNumber,
                aggregateId,
                aggregateType);
    }

    /** {@code aggregateId} joins every serial that {@code memberId} belongs to. */
    void joinThrough(String memberId, String aggregateId, String aggregateType) {
        List<String> serials = jdbc.queryForList(
                "select serial_number from serial_lineage_member where aggregate_id = ?", String.class, memberId);
        serials.forEach(serial -> join(serial, aggregateId, aggregateType));
    }
}
