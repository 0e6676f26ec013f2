package com.aftersales.app.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the repair page tests share: their people (the test users, a QUALITY inspector and a
 * MANAGER), a customer, a unit in the serial registry (through its API, R2), an earlier repair of
 * it completed, and reading a form's version off a page.
 */
final class RepairPageSteps {
    static final String QUALITY = "t-quality-r";
    static final String QUALITY_ID = "U-T-QUA-R";
    static final String MANAGER = "t-manager-r";
    static final String MANAGER_ID = "U-T-MGR-R";
    static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");
    /** The first bytes of a PNG: what the store checks a photo by. */
    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7};

    private static final Pattern VERSION = Pattern.compile("name=\"expectedVersion\" value=\"(\\d+)\"");

    private RepairPageSteps() {}

    static void people(JdbcTemplate jdbc) {
        TestUsers.ensure(jdbc);
        TestUsers.create(jdbc, QUALITY_ID, QUALITY, "QUALITY");
        TestUsers.create(jdbc, MANAGER_ID, MANAGER, "MANAGER");
    }

    static String customer(CustomerContacts customers) {
        return customers
                .register("维修页测试客户-" + UUID.randomUUID().toString().substring(0, 6), "13900000000", null)
                .value();
    }

    /** A unit registered as sold and activated {@code activatedOn}: the warranty runs from then (R2). */
    static String registeredSerial(Api api, LocalDate activatedOn) {
        String serial = "SN-UI-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response registered =
                api.post(TestUsers.CLERK, "/api/serials", """
                {"serialNumber": "%s", "model": "HX-3200", "soldOn": "%s", "activatedOn": "%s"}""".formatted(serial, activatedOn, activatedOn));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        return serial;
    }

    /**
     * An earlier repair of {@code serial} completed {@code completedOn} by {@code engineerId}: its
     * completion event in the store, which the registry's lookup table takes in the same transaction.
     */
    static RepairOrderId completedEarlier(
            EventStore events,
            TransactionTemplate transaction,
            String serial,
            String engineerId,
            LocalDate completedOn,
            String faultCategory,
            List<String> partsReplaced) {
        RepairOrderId earlier = RepairOrderId.random();
        transaction.executeWithoutResult(status -> events.publish(new GenericDomainEventMessage<>(
                "RepairOrder",
                earlier.value(),
                0,
                new RepairOrderCompletedEvent(
                        earlier,
                        serial,
                        "HX-3200",
                        new UserId(engineerId),
                        completedOn.atStartOfDay(COMPANY).toInstant(),
                        completedOn,
                        FaultType.HARDWARE,
                        faultCategory,
                        partsReplaced,
                        completedOn.plusMonths(3),
                        1),
                Map.of("userId", "system", "role", "SYSTEM"))));
        return earlier;
    }

    /** The expectedVersion the page's forms carry (all forms of a page carry the same). */
    static String version(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("a form with its version on the page").isTrue();
        return version.group(1);
    }
}
