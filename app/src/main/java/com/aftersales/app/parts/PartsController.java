package com.aftersales.app.parts;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.QUALITY;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.parts.CountStockCommand;
import com.aftersales.api.parts.FindPartStockQuery;
import com.aftersales.api.parts.FindPartStocksQuery;
import com.aftersales.api.parts.FindStockLedgerQuery;
import com.aftersales.api.parts.PartStockId;
import com.aftersales.api.parts.PartStockView;
import com.aftersales.api.parts.ReceivePartsCommand;
import com.aftersales.api.parts.StockMovementView;
import com.aftersales.api.parts.WriteOffStockCommand;
import com.aftersales.app.parts.PartsRequests.CountRequest;
import com.aftersales.app.parts.PartsRequests.ReceiptRequest;
import com.aftersales.app.parts.PartsRequests.WriteOffRequest;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * R15: the parts stock ledger. Receipts, write-offs and stocktaking are the supervisor's (or an
 * administrator's): the business has no warehouse-keeper role. Engineers, quality, finance and
 * managers read the stock.
 */
@RestController
@RequestMapping("/api/parts")
@Tag(name = "Parts stock", description = "配件库存, RULES R15")
class PartsController {
    private final CommandGateway commands;
    private final QueryGateway queries;

    PartsController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @AllowedRoles({ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "Every part's stock: units on hand, moving-average unit cost, value (R15)")
    List<PartStockView> levels() {
        return queries.query(new FindPartStocksQuery(), ResponseTypes.multipleInstancesOf(PartStockView.class))
                .join();
    }

    @GetMapping("/{partNumber}")
    @AllowedRoles({ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "One part's stock level (R15)")
    PartStockView level(@PathVariable String partNumber) {
        PartStockId part = PartsRequests.part(partNumber);
        return queries.query(
                        new FindPartStockQuery(part.partNumber()),
                        ResponseTypes.optionalInstanceOf(PartStockView.class))
                .join()
                .orElseThrow(() -> new UnknownResourceException("no stock of part " + partNumber));
    }

    @GetMapping("/{partNumber}/ledger")
    @AllowedRoles({ENGINEER, SUPERVISOR, QUALITY, FINANCE, MANAGER, ADMIN})
    @Operation(summary = "One part's stock ledger: every movement in order, who and when (R15, S3)")
    List<StockMovementView> ledger(@PathVariable String partNumber) {
        PartStockId part = PartsRequests.part(partNumber);
        return queries.query(
                        new FindStockLedgerQuery(part.partNumber()),
                        ResponseTypes.multipleInstancesOf(StockMovementView.class))
                .join();
    }

    @PostMapping("/{partNumber}/receipts")
    @AllowedRoles({SUPERVISOR, ADMIN})
    @Operation(summary = "Receive units into stock at a purchase price, from a supplier's delivery (R15)")
    Map<String, Object> receive(@PathVariable String partNumber, @Valid @RequestBody ReceiptRequest body) {
        PartStockId part = PartsRequests.part(partNumber);
        commands.sendAndWait(new ReceivePartsCommand(part, body.quantity(), body.unitCost(), body.supplierReference()));
        return Map.of("partNumber", part.partNumber(), "received", body.quantity());
    }

    @PostMapping("/{partNumber}/write-offs")
    @AllowedRoles({SUPERVISOR, ADMIN})
    @Operation(summary = "Write units off the shelf (damaged, lost) with the reason; never below zero (R15)")
    Map<String, Object> writeOff(@PathVariable String partNumber, @Valid @RequestBody WriteOffRequest body) {
        PartStockId part = PartsRequests.part(partNumber);
        commands.sendAndWait(new WriteOffStockCommand(part, body.quantity(), body.reason()));
        return Map.of("partNumber", part.partNumber(), "writtenOff", body.quantity());
    }

    @PostMapping("/{partNumber}/counts")
    @AllowedRoles({SUPERVISOR, ADMIN})
    @Operation(summary = "Stocktaking (盘点): record the units counted; a difference adjusts the ledger (R15)")
    Map<String, Object> count(@PathVariable String partNumber, @Valid @RequestBody CountRequest body) {
        PartStockId part = PartsRequests.part(partNumber);
        commands.sendAndWait(new CountStockCommand(part, body.countedQuantity(), body.note()));
        return Map.of("partNumber", part.partNumber(), "counted", body.countedQuantity());
    }
}
