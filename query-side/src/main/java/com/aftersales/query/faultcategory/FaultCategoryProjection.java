package com.aftersales.query.faultcategory;

import com.aftersales.api.faultcategory.FaultCategoryDefinedEvent;
import com.aftersales.api.faultcategory.FaultCategoryReinstatedEvent;
import com.aftersales.api.faultcategory.FaultCategoryRenamedEvent;
import com.aftersales.api.faultcategory.FaultCategoryRetiredEvent;
import com.aftersales.api.faultcategory.FaultCategoryView;
import com.aftersales.api.faultcategory.FindFaultCategoriesQuery;
import com.aftersales.api.repair.FaultType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fault-category list as people read it (R3): one row per category, retired ones kept. Each
 * change is guarded by the list's sequence number, so a redelivered event changes nothing.
 */
@ProcessingGroup(FaultCategoryProjection.PROCESSING_GROUP)
public class FaultCategoryProjection {
    public static final String PROCESSING_GROUP = "fault-category-view";

    private final JdbcTemplate jdbc;

    public FaultCategoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(
            FaultCategoryDefinedEvent e,
            @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update(
                """
                insert into fault_category_view(code, name_zh, name_en, fault_type, core_component, active, changed_at,
                    list_version)
                values (?, ?, ?, ?, ?, true, ?, ?)
                on conflict (code) do nothing""",
                e.code(),
                e.nameZh(),
                e.nameEn(),
                e.faultType().name(),
                e.coreComponent(),
                Timestamp.from(at),
                version);
    }

    @EventHandler
    void on(
            FaultCategoryRenamedEvent e,
            @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.code(), version, at, "name_zh = ?, name_en = ?", e.nameZh(), e.nameEn());
    }

    @EventHandler
    void on(
            FaultCategoryRetiredEvent e,
            @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.code(), version, at, "active = false");
    }

    @EventHandler
    void on(
            FaultCategoryReinstatedEvent e,
            @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        update(e.code(), version, at, "active = true");
    }

    private void update(String code, long version, Instant at, String set, Object... values) {
        Object[] arguments = new Object[values.length + 4];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = Timestamp.from(at);
        arguments[values.length + 1] = version;
        arguments[values.length + 2] = code;
        arguments[values.length + 3] = version;
        jdbc.update(
                "update fault_category_view set " + set + ", changed_at = ?, list_version = ?"
                        + " where code = ? and list_version < ?",
                arguments);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from fault_category_view");
    }

    /** By code; the retired categories only when asked for. */
    @QueryHandler
    public List<FaultCategoryView> handle(FindFaultCategoriesQuery query) {
        String select = "select code, name_zh, name_en, fault_type, core_component, active, changed_at, list_version"
                + " from fault_category_view";
        String where = query.includeRetired() ? "" : " where active";
        return jdbc.query(select + where + " order by code", FaultCategoryProjection::row);
    }

    private static FaultCategoryView row(ResultSet rs, int i) throws SQLException {
        return new FaultCategoryView(
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                FaultType.valueOf(rs.getString("fault_type")),
                rs.getBoolean("core_component"),
                rs.getBoolean("active"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getLong("list_version"));
    }
}
