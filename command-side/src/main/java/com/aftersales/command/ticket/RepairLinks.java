package com.aftersales.command.ticket;

import static com.aftersales.command.ticket.TicketRule.require;

import com.aftersales.api.repair.RepairOrderId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The repair orders opened for a REPAIR ticket's unit (T6, R1) and whether each is complete (T9):
 * one open at a time, and the ticket closes only when none is open.
 */
final class RepairLinks {
    private final Map<RepairOrderId, Boolean> completedByOrder = new LinkedHashMap<>();

    void requireNoneOpen(TicketRule rule) {
        RepairOrderId open = openOrder();
        require(open == null, rule, "repair order " + open + " of this ticket is not complete yet");
    }

    void requireLinked(RepairOrderId order) {
        require(
                completedByOrder.containsKey(order),
                TicketRule.REPAIR_ORDER_NOT_LINKED,
                "repair order " + order + " was not opened for this ticket");
    }

    boolean isCompleted(RepairOrderId order) {
        return Boolean.TRUE.equals(completedByOrder.get(order));
    }

    void linked(RepairOrderId order) {
        completedByOrder.put(order, false);
    }

    void completed(RepairOrderId order) {
        completedByOrder.put(order, true);
    }

    private RepairOrderId openOrder() {
        return completedByOrder.entrySet().stream()
                .filter(entry -> !entry.getValue())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }
}
