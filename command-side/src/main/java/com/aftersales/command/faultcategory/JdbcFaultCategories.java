package com.aftersales.command.faultcategory;

import com.aftersales.api.repair.FaultType;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link FaultCategoryLookup} (and so {@link com.aftersales.command.repair.FaultCategories}) from the
 * command-side lookup table {@code fault_category}. The table commits with the list's events, so a
 * diagnosis in a later transaction sees every committed change of the list, and none rolled back.
 */
public class JdbcFaultCategories implements FaultCategoryLookup {
    private final JdbcTemplate jdbc;

    public JdbcFaultCategories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FaultCategoryEntry> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select code, fault_type, core_component, active from fault_category where code = ?",
                        (row, i) -> new FaultCategoryEntry(
                                row.getString("code"),
                                FaultType.valueOf(row.getString("fault_type")),
                                row.getBoolean("core_component"),
                                row.getBoolean("active")),
                        code)
                .stream()
                .findFirst();
    }
}
