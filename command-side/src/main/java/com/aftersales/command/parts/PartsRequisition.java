package com.aftersales.command.parts;

import static com.aftersales.command.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.aftersales.api.common.ActorMetadata;
import com.aftersales.api.common.UserId;
import com.aftersales.api.parts.ApprovePartsRequisitionCommand;
import com.aftersales.api.parts.CostedLine;
import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.PartsRequestedEvent;
import com.aftersales.api.parts.PartsRequisitionApprovedEvent;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.parts.PartsRequisitionIssuedEvent;
import com.aftersales.api.parts.PartsRequisitionWrittenOffEvent;
import com.aftersales.api.parts.RequestPartsCommand;
import com.aftersales.api.parts.RequisitionLine;
import com.aftersales.api.parts.RequisitionStatus;
import com.aftersales.api.parts.UnusedPartsReturnedEvent;
import com.aftersales.api.parts.UsedLine;
import com.aftersales.api.parts.WriteOffPartsRequisitionCommand;
import com.aftersales.api.repair.RepairOrderId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A parts requisition slip (领用单, R11) for one repair order: requested by an engineer, approved by
 * a supervisor who is not the requester (S2), issued against stock, unused parts returned, then
 * written off (核销) with the cost of what was used, for the month's material cost. The steps come
 * in that order; the issue and the returns change stock too, so {@link PartsIssuance} handles them
 * and calls this aggregate and each {@link PartStock} in one unit of work. The repair order is taken
 * as named: nothing here checks that it exists.
 */
@Aggregate
public class PartsRequisition {

    @AggregateIdentifier
    private PartsRequisitionId requisitionId;

    private RepairOrderId repairOrderId;
    private UserId requestedBy;
    private RequisitionStatus status;
    private final Map<String, Integer> requested = new LinkedHashMap<>();
    private final Map<String, CostedLine> issued = new LinkedHashMap<>();
    private final Map<String, Integer> returned = new HashMap<>();

    protected PartsRequisition() {
        // for event sourcing
    }

    @CommandHandler
    PartsRequisition(RequestPartsCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        require(!command.lines().isEmpty(), RequisitionRule.REQUISITION_EMPTY, "the requisition asks for no parts");
        Set<String> parts = new HashSet<>();
        List<RequisitionLine> lines = new ArrayList<>();
        for (RequisitionLine line : command.lines()) {
            require(
                    PartStockId.isValid(line.partNumber())
                            && line.quantity() > 0
                            && line.reason() != null
                            && !line.reason().isBlank(),
                    RequisitionRule.REQUISITION_LINE_INVALID,
                    "each line names a part number, one unit or more and the reason: " + line);
            require(
                    parts.add(line.partNumber()),
                    RequisitionRule.REQUISITION_DUPLICATE_PART,
                    line.partNumber() + " is on two lines");
            lines.add(new RequisitionLine(
                    line.partNumber(), line.quantity(), line.reason().strip()));
        }
        apply(new PartsRequestedEvent(command.requisitionId(), command.repairOrderId(), lines, new UserId(actor)));
    }

    @CommandHandler
    void handle(ApprovePartsRequisitionCommand command, @MetaDataValue(ActorMetadata.USER_ID) String actor) {
        require(
                status == RequisitionStatus.REQUESTED,
                RequisitionRule.REQUISITION_NOT_AWAITING_APPROVAL,
                "requisition " + requisitionId + " is " + status + ", not awaiting approval");
        require(
                !requestedBy.value().equals(actor),
                RequisitionRule.REQUISITION_APPROVED_BY_REQUESTER,
                actor + " requested requisition " + requisitionId + " and cannot approve it");
        apply(new PartsRequisitionApprovedEvent(requisitionId, repairOrderId, new UserId(actor)));
    }

    /** R11 核销: the cost of what was used, at each issue's unit cost, dated in the company zone. */
    @CommandHandler
    void handle(WriteOffPartsRequisitionCommand command, PartsDates dates) {
        requireIssued();
        List<UsedLine> used = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(PartStock.SCALE);
        for (CostedLine line : issued.values()) {
            int back = returned.getOrDefault(line.partNumber(), 0);
            int kept = line.quantity() - back;
            BigDecimal cost = line.unitCost().multiply(BigDecimal.valueOf(kept));
            used.add(new UsedLine(line.partNumber(), line.quantity(), back, kept, line.unitCost(), cost));
            total = total.add(cost);
        }
        apply(new PartsRequisitionWrittenOffEvent(requisitionId, repairOrderId, used, total, dates.today()));
    }

    /** The lines to issue, by part number; refused unless the requisition is approved and not yet issued. */
    Map<String, Integer> linesToIssue() {
        require(
                status == RequisitionStatus.APPROVED,
                RequisitionRule.REQUISITION_NOT_APPROVED,
                "requisition " + requisitionId + " is " + status + ": parts are issued once, after approval");
        return Map.copyOf(requested);
    }

    RepairOrderId repairOrderId() {
        return repairOrderId;
    }

    void recordIssue(List<CostedLine> lines) {
        apply(new PartsRequisitionIssuedEvent(requisitionId, repairOrderId, lines));
    }

    /** The returned lines at the cost each part was issued at; refused unless they were issued and not back yet. */
    List<CostedLine> costReturn(List<RequisitionLine> lines) {
        requireIssued();
        require(!lines.isEmpty(), RequisitionRule.RETURN_INVALID, "the return names no parts");
        Set<String> parts = new HashSet<>();
        List<CostedLine> costed = new ArrayList<>();
        for (RequisitionLine line : lines) {
            require(
                    line.quantity() > 0 && parts.add(line.partNumber()),
                    RequisitionRule.RETURN_INVALID,
                    "each part is returned once, one unit or more: " + line);
            CostedLine issue = issued.get(line.partNumber());
            int returnable = issue == null ? 0 : issue.quantity() - returned.getOrDefault(line.partNumber(), 0);
            require(
                    line.quantity() <= returnable,
                    RequisitionRule.RETURN_EXCEEDS_ISSUED,
                    line.quantity() + " units of " + line.partNumber() + " returned, " + returnable + " could be");
            costed.add(new CostedLine(line.partNumber(), line.quantity(), issue.unitCost()));
        }
        return costed;
    }

    void recordReturn(List<CostedLine> lines) {
        apply(new UnusedPartsReturnedEvent(requisitionId, repairOrderId, lines));
    }

    private void requireIssued() {
        require(
                status == RequisitionStatus.ISSUED,
                RequisitionRule.REQUISITION_NOT_ISSUED,
                "requisition " + requisitionId + " is " + status + ": returns and the write-off follow the issue");
    }

    @EventSourcingHandler
    void on(PartsRequestedEvent event) {
        requisitionId = event.requisitionId();
        repairOrderId = event.repairOrderId();
        requestedBy = event.requestedBy();
        status = RequisitionStatus.REQUESTED;
        event.lines().forEach(line -> requested.put(line.partNumber(), line.quantity()));
    }

    @EventSourcingHandler
    void on(PartsRequisitionApprovedEvent event) {
        status = RequisitionStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(PartsRequisitionIssuedEvent event) {
        status = RequisitionStatus.ISSUED;
        event.issued().forEach(line -> issued.put(line.partNumber(), line));
    }

    @EventSourcingHandler
    void on(UnusedPartsReturnedEvent event) {
        event.returned().forEach(line -> returned.merge(line.partNumber(), line.quantity(), Integer::sum));
    }

    @EventSourcingHandler
    void on(PartsRequisitionWrittenOffEvent event) {
        status = RequisitionStatus.WRITTEN_OFF;
    }
}
