package com.aftersales.app.security;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people a command may name: an engineer assigned or dispatched must be an active user with
 * the ENGINEER role, a person named on a difficult case an active user. Checked before the
 * command is sent, so nothing is stored for a typo in a user id.
 */
@Component
public class Staff {
    private final JdbcTemplate jdbc;

    Staff(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void requireEngineer(String userId, String ruleId) {
        Integer found = jdbc.queryForObject(
                "select count(*) from app_user u join app_user_role r on r.user_id = u.user_id"
                        + " where u.user_id = ? and u.enabled and r.role = ?",
                Integer.class,
                userId,
                Role.ENGINEER.name());
        if (found == null || found == 0) {
            throw new BusinessRuleViolation(ruleId, "NOT_AN_ENGINEER", userId + " is not an active engineer");
        }
    }

    public void requireUser(String userId, String ruleId) {
        Integer found = jdbc.queryForObject(
                "select count(*) from app_user where user_id = ? and enabled", Integer.class, userId);
        if (found == null || found == 0) {
            throw new BusinessRuleViolation(ruleId, "UNKNOWN_USER", userId + " is not an active user");
        }
    }
}
