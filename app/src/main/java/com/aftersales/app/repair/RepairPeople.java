package com.aftersales.app.repair;

import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The people the repair pages name and offer: display names by user id, and the enabled engineers (R1, R4). */
@Component
class RepairPeople {
    private final JdbcTemplate jdbc;

    RepairPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Engineer(String userId, String displayName) {}

    /** Enabled users holding ENGINEER, by name: whom an order can be given to. */
    List<Engineer> engineers() {
        return jdbc.query(
                "select u.user_id, u.display_name from app_user u join app_user_role r on r.user_id = u.user_id"
                        + " where u.enabled and r.role = 'ENGINEER' order by u.display_name, u.user_id",
                (rs, row) -> new Engineer(rs.getString("user_id"), rs.getString("display_name")));
    }

    /** Display names in one query; an id without a user (since removed, or the system) maps to itself. */
    Names names(Collection<String> userIds) {
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> names = new HashMap<>();
        if (ids.length > 0) {
            jdbc.query(
                    connection -> {
                        var statement = connection.prepareStatement(
                                "select user_id, display_name from app_user where user_id = any(?)");
                        Array array = connection.createArrayOf("varchar", ids);
                        statement.setArray(1, array);
                        return statement;
                    },
                    rs -> {
                        names.put(rs.getString("user_id"), rs.getString("display_name"));
                    });
        }
        return new Names(names);
    }

    /** For templates: {@code names.of(id)}. */
    public record Names(Map<String, String> byId) {
        public String of(String userId) {
            return userId == null ? "" : byId.getOrDefault(userId, userId);
        }
    }
}
