package com.aftersales.app.supplier;

import com.aftersales.app.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/** The quality engineer and the manager of the R3 tests (the shared test users have neither role). */
public final class SupplierTestUsers {
    public static final String QUALITY = "t-quality-d";
    public static final String QUALITY_ID = "U-T-QUA-D";
    public static final String MANAGER = "t-manager-d";
    public static final String MANAGER_ID = "U-T-MGR-D";

    private SupplierTestUsers() {}

    public static void ensure(JdbcTemplate jdbc) {
        TestUsers.create(jdbc, QUALITY_ID, QUALITY, "QUALITY");
        TestUsers.create(jdbc, MANAGER_ID, MANAGER, "MANAGER");
    }
}
