package com.aftersales.query.parts;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.parts.FindPartStockQuery;
import com.aftersales.api.parts.FindPartStocksQuery;
import com.aftersales.api.parts.FindStockLedgerQuery;
import com.aftersales.api.parts.PartStockView;
import com.aftersales.api.parts.PartsIssuedEvent;
import com.aftersales.api.parts.PartsReceivedEvent;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.PartsReturnedEvent;
import com.aftersales.api.parts.StockCountedEvent;
import com.aftersales.api.parts.StockMovementKind;
import com.aftersales.api.parts.StockMovementView;
import com.aftersales.api.parts.StockWrittenOffEvent;
import com.aftersales.api.repair.RepairOrderId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each part's stock level and its ledger (R15): one movement row per event, in the ledger's own
 * order (its sequence number), with who, in which role, and when (S3). The level is guarded by the
 * ledger's version and a movement by its sequence number, so a redelivered event changes nothing.
 * The value of the stock is quantity × average unit cost, as on the command side.
 */
@ProcessingGroup(PartStockProjection.PROCESSING_GROUP)
public class PartStockProjection {
    public static final String PROCESSING_GROUP = "parts-stock-view";

    private final JdbcTemplate jdbc;

    public PartStockProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who and when of one event, as its metadata and timestamp say. */
    record Recorded(long sequence, Instant at, String actor, String role) {}

    @EventHandler
    void on(
            PartsReceivedEvent e,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        Recorded recorded = new Recorded(sequence, at, actor, role);
        movement(
                e.partNumber(),
                recorded,
                StockMovementKind.RECEIVED,
                e.quantity(),
                e.unitCost(),
                e.quantityAfter(),
                null,
                null,
                e.supplierReference());
        level(e.partNumber(), e.quantityAfter(), e.averageUnitCostAfter(), recorded);
    }

    @EventHandler
    void on(
            PartsIssuedEvent e,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        Recorded recorded = new Recorded(sequence, at, actor, role);
        movement(
                e.partNumber(),
                recorded,
                StockMovementKind.ISSUED,
                -e.quantity(),
                e.unitCost(),
                e.quantityAfter(),
                e.requisitionId(),
                e.repairOrderId(),
                null);
        level(e.partNumber(), e.quantityAfter(), e.unitCost(), recorded);
    }

    @EventHandler
    void on(
            PartsReturnedEvent e,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        Recorded recorded = new Recorded(sequence, at, actor, role);
        movement(
                e.partNumber(),
                recorded,
                StockMovementKind.RETURNED,
                e.quantity(),
                e.unitCost(),
                e.quantityAfter(),
                e.requisitionId(),
                e.repairOrderId(),
                null);
        level(e.partNumber(), e.quantityAfter(), e.averageUnitCostAfter(), recorded);
    }

    @EventHandler
    void on(
            StockWrittenOffEvent e,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        Recorded recorded = new Recorded(sequence, at, actor, role);
        movement(
                e.partNumber(),
                recorded,
                StockMovementKind.WRITTEN_OFF,
                -e.quantity(),
                e.unitCost(),
                e.quantityAfter(),
                null,
                null,
                e.reason());
        level(e.partNumber(), e.quantityAfter(), e.unitCost(), recorded);
    }

    @EventHandler
    void on(
            StockCountedEvent e,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(ActorMetadata.USER_ID) String actor,
            @MetaDataValue(ActorMetadata.ROLE) String role) {
        Recorded recorded = new Recorded(sequence, at, actor, role);
        movement(
                e.partNumber(),
                recorded,
                StockMovementKind.COUNTED,
                e.difference(),
                e.unitCost(),
                e.countedQuantity(),
                null,
                null,
                e.note());
        level(e.partNumber(), e.countedQuantity(), e.unitCost(), recorded);
    }

    private void movement(
            String partNumber,
            Recorded recorded,
            StockMovementKind kind,
            int quantityChange,
            BigDecimal unitCost,
            int quantityAfter,
            PartsRequisitionId requisition,
            RepairOrderId repairOrder,
            String reference) {
        jdbc.update(
                """
                insert into part_stock_movement_view(part_number, sequence, kind, quantity_change, unit_cost,
                    value_change, quantity_after, requisition_id, repair_order_id, reference, actor_user_id,
                    actor_role, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (part_number, sequence) do nothing""",
                partNumber,
                recorded.sequence(),
                kind.name(),
                quantityChange,
                unitCost,
                unitCost.multiply(BigDecimal.valueOf(quantityChange)),
                quantityAfter,
                requisition == null ? null : requisition.value(),
                repairOrder == null ? null : repairOrder.value(),
                reference,
                recorded.actor(),
                recorded.role(),
                Timestamp.from(recorded.at()));
    }

    private void level(String partNumber, int quantity, BigDecimal averageUnitCost, Recorded recorded) {
        jdbc.update("""
                insert into part_stock_view(part_number, quantity, average_unit_cost, stock_version, last_movement_at)
                values (?, ?, ?, ?, ?)
                on conflict (part_number) do update set quantity = excluded.quantity,
                    average_unit_cost = excluded.average_unit_cost, stock_version = excluded.stock_version,
                    last_movement_at = excluded.last_movement_at
                where part_stock_view.stock_version < excluded.stock_version""", partNumber, quantity, averageUnitCost, recorded.sequence(), Timestamp.from(recorded.at()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from part_stock_movement_view");
        jdbc.update("delete from part_stock_view");
    }

    private static final String LEVELS =
            "select part_number, quantity, average_unit_cost, stock_version, last_movement_at from part_stock_view";

    @QueryHandler
    public List<PartStockView> handle(FindPartStocksQuery query) {
        return jdbc.query(LEVELS + " order by part_number", (row, i) -> level(row));
    }

    @QueryHandler
    public Optional<PartStockView> handle(FindPartStockQuery query) {
        return jdbc.query(LEVELS + " where part_number = ?", (row, i) -> level(row), query.partNumber()).stream()
                .findFirst();
    }

    @QueryHandler
    public List<StockMovementView> handle(FindStockLedgerQuery query) {
        return jdbc.query(
                """
                select part_number, sequence, kind, quantity_change, unit_cost, value_change, quantity_after,
                    requisition_id, repair_order_id, reference, actor_user_id, actor_role, recorded_at
                from part_stock_movement_view where part_number = ? order by sequence""",
                (row, i) -> new StockMovementView(
                        row.getString(1),
                        row.getLong(2),
                        StockMovementKind.valueOf(row.getString(3)),
                        row.getInt(4),
                        row.getBigDecimal(5),
                        row.getBigDecimal(6),
                        row.getInt(7),
                        row.getString(8),
                        row.getString(9),
                        row.getString(10),
                        row.getString(11),
                        row.getString(12),
                        row.getTimestamp(13).toInstant()),
                query.partNumber());
    }

    private static PartStockView level(ResultSet row) throws SQLException {
        int quantity = row.getInt(2);
        BigDecimal average = row.getBigDecimal(3);
        return new PartStockView(
                row.getString(1),
                quantity,
                average,
                average.multiply(BigDecimal.valueOf(quantity)),
                row.getLong(4),
                row.getTimestamp(5).toInstant());
    }
}
