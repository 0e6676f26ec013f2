package com.aftersales.app.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.repair.RepairTestDoubles.FilledSerialRegistry;
import com.aftersales.app.support.TestUsers;
import com.aftersales.command.serial.RegisteredSerial;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the repair page tests share: their people (the test users, a QUALITY inspector and a
 * MANAGER), a customer, a unit in warranty in the serial registry (the test double until the
 * registry is merged: then register the serial through its API here, in this one place), and
 * reading a form's version off a page.
 */
final class RepairPageSteps {
    static final String QUALITY = "t-quality-r";
    static final String QUALITY_ID = "U-T-QUA-R";
    static final String MANAGER = "t-manager-r";
    static final String MANAGER_ID = "U-T-MGR-R";
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

    /** A unit activated a year before the test clock's today, so in its 24 months of warranty. */
    static String serialInWarranty(FilledSerialRegistry serials, LocalDate today) {
        String serial = "SN-UI-" + UUID.randomUUID().toString().substring(0, 8);
        serials.put(
                new RegisteredSerial(serial, "HX-3200", today.minusYears(1), today.minusYears(1), null, 1, List.of()));
        return serial;
    }

    /** The expectedVersion the page's forms carry (all forms of a page carry the same). */
    static String version(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("a form with its version on the page").isTrue();
        return version.group(1);
    }
}
