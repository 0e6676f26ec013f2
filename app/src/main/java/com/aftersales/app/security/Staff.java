package com.aftersales.app.security;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people a command may name: an engineer assigned or dispatched must be an active user with
 * the ENGINEER role, the supervisor of a departure report a SUPERVISOR, a logistics handler a
 * CLERK or SUPERVISOR, anyone else named (difficult case, organisation chart) an active user.
 * Checked before the command is sent, so nothing is stored for a typo in a user id.
 */
@Component
public class Staff {
    private final JdbcTemplate jdbc;

    Staff(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void requireEngineer(String userId, String ruleId) {
        if (!holds(userId, Role.ENGINEER)) {
            throw new BusinessRuleViolation(ruleId, "NOT_AN_ENGINEER", userId + " is not an active engineer");
        }
    }

    /** T9: the supervisor an engineer reports to before leaving the site. */
    public void requireSupervisor(String userId, String ruleId) {
        if (!holds(userId, Role.SUPERVISOR)) {
            throw new BusinessRuleViolation(ruleId, "NOT_A_SUPERVISOR", userId + " is not an active supervisor");
        }
    }

    /** T5: a logistics ticket is handled by a clerk or a supervisor of the logistics side, not an engineer. */
    public void requireLogisticsHandler(String userId, String ruleId) {
        if (!holds(userId, Role.CLERK) && !holds(userId, Role.SUPERVISOR)) {
            throw new BusinessRuleViolation(
                    ruleId, "NOT_A_LOGISTICS_HANDLER", userId + " is not an active clerk or supervisor");
        }
    }

    private boolean holds(String userId, Role role) {
        Integer found = jdbc.queryForObject(
                "select count(*) from app_user u join app_user_role r on r.user_id = u.user_id"
                        + " where u.user_id = ? and u.enabled and r.role = ?",
                Integer.class,
                userId,
                role.name());
        return found != null && found > 0;
    }

    public void requireUser(String userId, String ruleId) {
        Integer found = jdbc.queryForObject(
                "select count(*) from app_user where user_id = ? and enabled", Integer.class, userId);
        if (found == null || found == 0) {
            throw new BusinessRuleViolation(ruleId, "UNKNOWN_USER", userId + " is not an active user");
        }
    }
}
