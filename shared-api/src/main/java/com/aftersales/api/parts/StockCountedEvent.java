package com.aftersales.api.parts;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * R15 stocktaking (盘点): {@code countedBy} counted {@code countedQuantity} on {@code countedOn} (company
 * zone) where the ledger said {@code ledgerQuantity}. {@code difference} = counted − ledger adjusts
 * the ledger; {@code valueDifference} = difference × the average {@code unitCost}.
 */
@Revision("1")
public record StockCountedEvent(
        String partNumber,
        int ledgerQuantity,
        int countedQuantity,
        int difference,
        BigDecimal unitCost,
        BigDecimal valueDifference,
        UserId countedBy,
        LocalDate countedOn,
        String note) {}
