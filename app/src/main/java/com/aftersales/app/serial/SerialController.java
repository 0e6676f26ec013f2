package com.aftersales.app.serial;

import static com.aftersales.api.common.Role.ADMIN;
import static com.aftersales.api.common.Role.CLERK;

import com.aftersales.api.common.Role;
import com.aftersales.api.history.FindAggregateHistoryQuery;
import com.aftersales.api.history.HistoryEntryView;
import com.aftersales.api.serial.FindSerialQuery;
import com.aftersales.api.serial.FindWarrantyStatusQuery;
import com.aftersales.api.serial.SerialUnitId;
import com.aftersales.api.serial.SerialView;
import com.aftersales.api.serial.WarrantyStatusView;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.serial.SerialRequests.CorrectSerialRequest;
import com.aftersales.app.serial.SerialRequests.RegisterSerialRequest;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** R2: the serial registry, where a unit's warranty is judged from. Clerks register units at intake. */
@RestController
@RequestMapping("/api/serials")
@Tag(name = "Serial registry", description = "序列号登记与保修, RULES R2")
class SerialController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CustomerContacts customers;
    private final Clock clock;
    private final ZoneId companyZone;

    SerialController(
            CommandGateway commands,
            QueryGateway queries,
            CustomerContacts customers,
            Clock clock,
            ZoneId companyZone) {
        this.commands = commands;
        this.queries = queries;
        this.customers = customers;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({CLERK, ADMIN})
    @Operation(summary = "Register a unit: model, sale, warranty card (activation) and delivery dates (R2)")
    Map<String, Object> register(@Valid @RequestBody RegisterSerialRequest body) {
        commands.sendAndWait(body.toCommand(customers));
        return Map.of("serialNumber", body.serialNumber(), "version", 0L);
    }

    @PutMapping("/{serialNumber}")
    @AllowedRoles({CLERK, ADMIN})
    @Operation(summary = "Correct a unit's facts with a reason; each correction is an event of its own (R2)")
    Map<String, Object> correct(@PathVariable String serialNumber, @Valid @RequestBody CorrectSerialRequest body) {
        commands.sendAndWait(body.toCommand(parse(serialNumber), customers));
        return Map.of("serialNumber", serialNumber, "version", body.expectedVersion() + 1);
    }

    @GetMapping("/{serialNumber}")
    @AllowedRoles({Role.CLERK, Role.ENGINEER, Role.SUPERVISOR, Role.QUALITY, Role.FINANCE, Role.MANAGER, Role.ADMIN})
    @Operation(summary = "A unit's facts, registry version and completed repairs (R2)")
    SerialView find(@PathVariable String serialNumber) {
        return queries.query(
                        new FindSerialQuery(parse(serialNumber).serialNumber()),
                        ResponseTypes.optionalInstanceOf(SerialView.class))
                .join()
                .orElseThrow(() -> new UnknownResourceException("no serial number " + serialNumber));
    }

    @GetMapping("/{serialNumber}/warranty")
    @AllowedRoles({Role.CLERK, Role.ENGINEER, Role.SUPERVISOR, Role.QUALITY, Role.FINANCE, Role.MANAGER, Role.ADMIN})
    @Operation(summary = "A unit's warranty on asOf (default: today in the company zone), by the current policy (R2)")
    WarrantyStatusView warranty(
            @PathVariable String serialNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.ofInstant(clock.instant(), companyZone);
        return queries.query(
                        new FindWarrantyStatusQuery(parse(serialNumber).serialNumber(), day),
                        ResponseTypes.optionalInstanceOf(WarrantyStatusView.class))
                .join()
                .orElseThrow(() -> new UnknownResourceException("no serial number " + serialNumber));
    }

    @GetMapping("/{serialNumber}/history")
    @AllowedRoles({Role.CLERK, Role.SUPERVISOR, Role.QUALITY, Role.MANAGER, Role.ADMIN})
    @Operation(summary = "Every registration and correction of a unit: what, when, by whom, in which role (S3)")
    List<HistoryEntryView> history(@PathVariable String serialNumber) {
        return queries.query(
                        new FindAggregateHistoryQuery(parse(serialNumber).toString()),
                        ResponseTypes.multipleInstancesOf(HistoryEntryView.class))
                .join();
    }

    /** A serial number from a path: anything that cannot be one names no unit (404), it is not bad input. */
    static SerialUnitId parse(String serialNumber) {
        if (!SerialUnitId.isValid(serialNumber)) {
            throw new UnknownResourceException("no serial number " + serialNumber);
        }
        return new SerialUnitId(serialNumber);
    }
}
