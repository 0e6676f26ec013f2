package com.aftersales.app.organisation;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.common.Role;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.web.UnknownResourceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may sign in and the roles they hold (tables {@code app_user}, {@code
 * app_user_role}). Roles are not event sourced, so each grant, revocation and account switch is
 * written in one transaction with its row in {@code user_role_change}: who did what to whom, when,
 * in which role (S3 for the user tables). Password hashes are never read here.
 *
 * <p>Every change first locks the administrators' role rows, in one order, and checks that the
 * acting administrator still holds ADMIN and is enabled: a session keeps the roles of its sign-in,
 * so without this two administrators could take each other's role at the same moment, or one whose
 * role was just revoked could go on changing others.
 */
@Component
public class UserAccounts {
    /** U1: the project's own id for the rules of users and roles (docs/ui/admin.md). */
    public static final String RULE = "U1";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcTemplate jdbc, Clock clock, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.passwords = passwords;
    }

    /** A person who may sign in: never their password hash. */
    public record UserAccount(String userId, String username, String displayName, boolean enabled, List<Role> roles) {
        public boolean holds(Role role) {
            return roles.contains(role);
        }
    }

    /** One row of the audit: {@code role} is null for an account switched off or on. */
    public record UserChange(
            Instant changedAt,
            String userId,
            String userName,
            Role role,
            String change,
            String changedBy,
            String changedByName,
            String actingRole) {}

    /** Everyone, by display name, with their roles: one query. */
    public List<UserAccount> all() {
        return jdbc.query(
                """
                select u.user_id, u.username, u.display_name, u.enabled,
                       coalesce(string_agg(r.role, ',' order by r.role), '') as roles
                from app_user u left join app_user_role r on r.user_id = u.user_id
                group by u.user_id, u.username, u.display_name, u.enabled
                order by u.display_name, u.user_id""",
                (rs, i) -> new UserAccount(
                        rs.getString("user_id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getBoolean("enabled"),
                        roles(rs.getString("roles"))));
    }

    /** Display names by user id, for pages that name the people of a history. */
    public Map<String, String> displayNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("select user_id, display_name from app_user", row -> {
            names.put(row.getString(1), row.getString(2));
        });
        return names;
    }

    /** The latest {@code limit} changes, newest first. */
    public List<UserChange> latestChanges(int limit) {
        return jdbc.query(
                """
                select c.changed_at, c.user_id, u.display_name, c.role, c.change, c.changed_by,
                       b.display_name as changed_by_name, c.acting_role
                from user_role_change c
                join app_user u on u.user_id = c.user_id
                left join app_user b on b.user_id = c.changed_by
                order by c.changed_at desc, c.change_id desc
                limit ?""",
                (rs, i) -> new UserChange(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("user_id"),
                        rs.getString("display_name"),
                        rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
                        rs.getString("change"),
                        rs.getString("changed_by"),
                        rs.getString("changed_by_name"),
                        rs.getString("acting_role")),
                limit);
    }

    /**
     * A new person who may sign in with {@code password} (stored only as its hash), switched on,
     * holding {@code roles}: recorded as the account switched on and each role granted.
     */
    @Transactional
    public void create(
            String userId, String username, String displayName, String password, List<Role> roles, ActingUser by) {
        requireActiveAdministrator(by);
        Integer taken = jdbc.queryForObject(
                "select count(*) from app_user where user_id = ? or username = ?", Integer.class, userId, username);
        if (taken != null && taken > 0) {
            throw new BusinessRuleViolation(
                    RULE, "USER_EXISTS", "a user with the id " + userId + " or the login name " + username + " exists");
        }
        jdbc.update(
                "insert into app_user(user_id, username, display_name, password_hash, enabled)"
                        + " values (?, ?, ?, ?, true)",
                userId,
                username,
                displayName,
                passwords.encode(password));
        record(userId, null, "ENABLED", by);
        for (Role role : roles.stream().distinct().sorted().toList()) {
            jdbc.update("insert into app_user_role(user_id, role) values (?, ?)", userId, role.name());
            record(userId, role, "GRANTED", by);
        }
    }

    @Transactional
    public void grant(String userId, Role role, ActingUser by) {
        requireActiveAdministrator(by);
        requireUser(userId);
        int added = jdbc.update(
                "insert into app_user_role(user_id, role) values (?, ?) on conflict do nothing", userId, role.name());
        if (added == 0) {
            throw new BusinessRuleViolation(RULE, "ROLE_ALREADY_HELD", userId + " already holds the role " + role);
        }
        record(userId, role, "GRANTED", by);
    }

    @Transactional
    public void revoke(String userId, Role role, ActingUser by) {
        requireActiveAdministrator(by);
        requireUser(userId);
        if (role == Role.ADMIN && userId.equals(by.userId())) {
            throw new BusinessRuleViolation(
                    RULE,
                    "OWN_ADMIN_ROLE",
                    "segregation of duties: nobody revokes their own administrator role; another administrator"
                            + " must do it");
        }
        int removed = jdbc.update("delete from app_user_role where user_id = ? and role = ?", userId, role.name());
        if (removed == 0) {
            throw new BusinessRuleViolation(RULE, "ROLE_NOT_HELD", userId + " does not hold the role " + role);
        }
        record(userId, role, "REVOKED", by);
    }

    /** Switches an account off (no more sign-ins) or on again; nobody switches off their own. */
    @Transactional
    public void enable(String userId, boolean enabled, ActingUser by) {
        requireActiveAdministrator(by);
        requireUser(userId);
        if (!enabled && userId.equals(by.userId())) {
            throw new BusinessRuleViolation(
                    RULE, "OWN_ACCOUNT", "nobody switches off their own account; another administrator must do it");
        }
        int changed = jdbc.update(
                "update app_user set enabled = ? where user_id = ? and enabled <> ?", enabled, userId, enabled);
        if (changed == 0) {
            throw new BusinessRuleViolation(
                    RULE, "ACCOUNT_UNCHANGED", userId + " is already " + (enabled ? "enabled" : "disabled"));
        }
        record(userId, null, enabled ? "ENABLED" : "DISABLED", by);
    }

    private void requireActiveAdministrator(ActingUser by) {
        List<String> administrators = jdbc.queryForList(
                "select r.user_id from app_user_role r join app_user u on u.user_id = r.user_id"
                        + " where r.role = 'ADMIN' and u.enabled order by r.user_id for update of r",
                String.class);
        if (!Role.ADMIN.name().equals(by.role()) || !administrators.contains(by.userId())) {
            throw new BusinessRuleViolation(
                    RULE,
                    "NOT_AN_ACTIVE_ADMINISTRATOR",
                    "you no longer hold the administrator role or your account is switched off; sign in again");
        }
    }

    private void requireUser(String userId) {
        Integer found = jdbc.queryForObject("select count(*) from app_user where user_id = ?", Integer.class, userId);
        if (found == null || found == 0) {
            throw new UnknownResourceException("no user " + userId);
        }
    }

    private void record(String userId, Role role, String change, ActingUser by) {
        jdbc.update(
                "insert into user_role_change(user_id, role, change, changed_by, acting_role, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                userId,
                role == null ? null : role.name(),
                change,
                by.userId(),
                by.role(),
                Timestamp.from(clock.instant()));
    }

    private static List<Role> roles(String joined) {
        return Arrays.stream(joined.split(","))
                .filter(name ->
                        Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
                .map(Role::valueOf)
                .sorted()
                .toList();
    }
}
