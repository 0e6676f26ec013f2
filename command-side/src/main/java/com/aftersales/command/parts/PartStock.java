package com.aftersales.command.parts;

import static com.aftersales.command.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.parts.CountStockCommand;
import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.PartsIssuedEvent;
import com.aftersales.api.parts.PartsReceivedEvent;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.PartsReturnedEvent;
import com.aftersales.api.parts.ReceivePartsCommand;
import com.aftersales.api.parts.StockCountedEvent;
import com.aftersales.api.parts.StockWrittenOffEvent;
import com.aftersales.api.parts.WriteOffStockCommand;
import com.aftersales.api.repair.RepairOrderId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One part's stock ledger (配件库存, R15): units on hand and their moving-average unit cost. The
 * stock's value is always quantity × average, both exact (the average in fen, scale 2); the average
 * is recomputed, and rounded to the fen, only when units come in at a cost of their own (a receipt,
 * a return at its issue's cost), and each such event records what the rounding moved. Every other
 * movement is valued at the average of the moment. Stock never goes below zero.
 *
 * <p>The one aggregate that grows without end (an event per receipt, issue, return and count), so
 * it is snapshotted: the bean {@value #SNAPSHOTS} decides how often (ADR 0012). The snapshot holds
 * these fields as they are; the revision names their shape, and changes with it, so a snapshot of
 * another shape is passed over and the stock loaded from its events instead.
 */
@Aggregate(snapshotTriggerDefinition = PartStock.SNAPSHOTS)
@Revision("1")
public class PartStock {
    static final int SCALE = 2;
    public static final String SNAPSHOTS = "partStockSnapshots";

    @AggregateIdentifier
    private PartStockId part;

    private int quantity;
    private BigDecimal averageUnitCost = BigDecimal.ZERO.setScale(SCALE);

    protected PartStock() {
        // for event sourcing, and for the first receipt of a part
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceivePartsCommand command) {
        requirePositive(command.quantity());
        BigDecimal unitCost = cost(command.unitCost());
        require(
                command.supplierReference() != null
                        && !command.supplierReference().isBlank(),
                StockRule.SUPPLIER_REFERENCE_REQUIRED,
                "a receipt names the supplier's delivery");
        Average after = averageWith(command.quantity(), unitCost);
        apply(new PartsReceivedEvent(
                command.part().partNumber(),
                command.quantity(),
                unitCost,
                command.supplierReference().strip(),
                after.quantity(),
                after.unitCost(),
                after.roundingDifference()));
    }

    @CommandHandler
    void handle(WriteOffStockCommand command) {
        requirePositive(command.quantity());
        require(
                command.reason() != null && !command.reason().isBlank(),
                StockRule.WRITE_OFF_REASON_REQUIRED,
                "a write-off says why the units are gone");
        requireOnHand(command.quantity());
        apply(new StockWrittenOffEvent(
                part.partNumber(),
                command.quantity(),
                averageUnitCost,
                command.reason().strip(),
                quantity - command.quantity()));
    }

    /** R15 stocktaking: the count is recorded even when it agrees; a difference adjusts the ledger. */
    @CommandHandler
    void handle(CountStockCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor, PartsDates dates) {
        require(
                command.countedQuantity() >= 0,
                StockRule.COUNT_NEGATIVE,
                "a count of " + command.countedQuantity() + " units is not a count");
        int difference = command.countedQuantity() - quantity;
        String note = command.note() == null || command.note().isBlank()
                ? null
                : command.note().strip();
        apply(new StockCountedEvent(
                part.partNumber(),
                quantity,
                command.countedQuantity(),
                difference,
                averageUnitCost,
                averageUnitCost.multiply(BigDecimal.valueOf(difference)),
                new UserId(actor),
                dates.today(),
                note));
    }

    /** R11, R15: issues {@code units} against a requisition at the average cost; answers that unit cost. */
    BigDecimal issue(PartsRequisitionId requisition, RepairOrderId repairOrder, int units) {
        requireOnHand(units);
        BigDecimal unitCost = averageUnitCost;
        apply(new PartsIssuedEvent(part.partNumber(), requisition, repairOrder, units, unitCost, quantity - units));
        return unitCost;
    }

    /** R11, R15: unused units of a requisition come back at the cost they were issued at. */
    void takeBack(PartsRequisitionId requisition, RepairOrderId repairOrder, int units, BigDecimal unitCost) {
        Average after = averageWith(units, unitCost);
        apply(new PartsReturnedEvent(
                part.partNumber(),
                requisition,
                repairOrder,
                units,
                unitCost,
                after.quantity(),
                after.unitCost(),
                after.roundingDifference()));
    }

    private record Average(int quantity, BigDecimal unitCost, BigDecimal roundingDifference) {}

    /** The moving average after {@code units} more at {@code unitCost}, rounded half-up to the fen. */
    private Average averageWith(int units, BigDecimal unitCost) {
        int after = quantity + units;
        BigDecimal value = averageUnitCost
                .multiply(BigDecimal.valueOf(quantity))
                .add(unitCost.multiply(BigDecimal.valueOf(units)));
        BigDecimal average = value.divide(BigDecimal.valueOf(after), SCALE, RoundingMode.HALF_UP);
        return new Average(after, average, value.subtract(average.multiply(BigDecimal.valueOf(after))));
    }

    private static void requirePositive(int units) {
        require(units > 0, StockRule.STOCK_QUANTITY_NOT_POSITIVE, units + " units: at least one is needed");
    }

    private void requireOnHand(int units) {
        require(
                units <= quantity,
                StockRule.STOCK_WOULD_GO_NEGATIVE,
                units + " units of " + part.partNumber() + " asked for, " + quantity + " on hand");
    }

    private static BigDecimal cost(BigDecimal unitCost) {
        require(
                unitCost.signum() >= 0 && unitCost.stripTrailingZeros().scale() <= SCALE,
                StockRule.UNIT_COST_INVALID,
                unitCost.toPlainString() + " is not a unit cost in CNY (zero or more, at most two decimals)");
        return unitCost.setScale(SCALE);
    }

    @EventSourcingHandler
    void on(PartsReceivedEvent event) {
        part = new PartStockId(event.partNumber());
        quantity = event.quantityAfter();
        averageUnitCost = event.averageUnitCostAfter();
    }

    @EventSourcingHandler
    void on(PartsIssuedEvent event) {
        quantity = event.quantityAfter();
    }

    @EventSourcingHandler
    void on(PartsReturnedEvent event) {
        quantity = event.quantityAfter();
        averageUnitCost = event.averageUnitCostAfter();
    }

    @EventSourcingHandler
    void on(StockWrittenOffEvent event) {
        quantity = event.quantityAfter();
    }

    @EventSourcingHandler
    void on(StockCountedEvent event) {
        quantity = event.countedQuantity();
    }
}
