package com.aftersales.command.parts;

import static com.aftersales.command.common.RuleCode.require;

import com.aftersales.api.parts.CostedLine;
import com.aftersales.api.parts.IssuePartsCommand;
import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.ReturnUnusedPartsCommand;
import com.aftersales.api.repair.RepairOrderId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * R11, R15: the issue of a requisition's parts, and the return of unused ones, change the
 * requisition and each part's stock together. Both are loaded here, through Axon's repositories, in
 * the command's one unit of work: all their events commit in one transaction, or none does (one part
 * short refuses the whole issue). Parts are loaded in part-number order, so two issues sharing parts
 * wait for each other instead of deadlocking; the second sees the stock the first left.
 */
public class PartsIssuance {
    private final Repository<PartsRequisition> requisitions;
    private final Repository<PartStock> stocks;

    public PartsIssuance(Repository<PartsRequisition> requisitions, Repository<PartStock> stocks) {
        this.requisitions = requisitions;
        this.stocks = stocks;
    }

    @CommandHandler
    public void handle(IssuePartsCommand command) {
        PartsRequisitionId id = command.requisitionId();
        Aggregate<PartsRequisition> requisition = requisitions.load(id.value());
        Map<String, Integer> lines = new TreeMap<>(requisition.invoke(PartsRequisition::linesToIssue));
        RepairOrderId repairOrder = requisition.invoke(PartsRequisition::repairOrderId);
        List<CostedLine> issued = new ArrayList<>();
        lines.forEach((partNumber, units) -> {
            BigDecimal unitCost = stock(partNumber).invoke(stock -> stock.issue(id, repairOrder, units));
            issued.add(new CostedLine(partNumber, units, unitCost));
        });
        requisition.execute(r -> r.recordIssue(issued));
    }

    @CommandHandler
    public void handle(ReturnUnusedPartsCommand command) {
        PartsRequisitionId id = command.requisitionId();
        Aggregate<PartsRequisition> requisition = requisitions.load(id.value());
        List<CostedLine> returned = new ArrayList<>(requisition.invoke(r -> r.costReturn(command.lines())));
        returned.sort(Comparator.comparing(CostedLine::partNumber));
        RepairOrderId repairOrder = requisition.invoke(PartsRequisition::repairOrderId);
        for (CostedLine line : returned) {
            stock(line.partNumber())
                    .execute(stock -> stock.takeBack(id, repairOrder, line.quantity(), line.unitCost()));
        }
        requisition.execute(r -> r.recordReturn(returned));
    }

    private Aggregate<PartStock> stock(String partNumber) {
        Optional<Aggregate<PartStock>> stock;
        try {
            stock = Optional.of(stocks.load(new PartStockId(partNumber).toString()));
        } catch (AggregateNotFoundException neverReceived) {
            stock = Optional.empty();
        }
        require(
                stock.isPresent(),
                RequisitionRule.PART_NOT_STOCKED,
                partNumber + " has never been received into stock");
        return stock.get();
    }
}
