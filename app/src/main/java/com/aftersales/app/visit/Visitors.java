package com.aftersales.app.visit;

import com.aftersales.api.common.BusinessRuleViolation;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** T11: a key customer is visited by an active engineer or clerk; checked before the command is sent. */
@Component
class Visitors {
    private final JdbcTemplate jdbc;

    Visitors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Someone who may be named as the visitor: the visit form offers them. */
    record Visitor(String userId, String displayName) {}

    /** Every active engineer and clerk, by name: those {@link #requireVisitor} accepts. */
    List<Visitor> all() {
        return jdbc.query(
                "select distinct u.user_id, u.display_name from app_user u join app_user_role r on r.user_id = u.user_id"
                        + " where u.enabled and r.role in ('ENGINEER', 'CLERK') order by u.display_name, u.user_id",
                (rs, i) -> new Visitor(rs.getString("user_id"), rs.getString("display_name")));
    }

    void requireVisitor(String userId) {
        Integer found = jdbc.queryForObject(
                "select count(*) from app_user u join app_user_role r on r.user_id = u.user_id"
                        + " where u.user_id = ? and u.enabled and r.role in ('ENGINEER', 'CLERK')",
                Integer.class,
                userId);
        if (found == null || found == 0) {
            throw new BusinessRuleViolation("T11", "NOT_A_VISITOR", userId + " is not an active engineer or clerk");
        }
    }
}
