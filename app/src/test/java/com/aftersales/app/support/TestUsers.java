package com.aftersales.app.support;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The people of the integration tests, one per role; all with the password {@link #PASSWORD}. */
public final class TestUsers {
    public static final String PASSWORD = "test-password";
    public static final String CLERK = "t-clerk";
    public static final String ENGINEER = "t-engineer";
    public static final String ENGINEER_2 = "t-engineer2";
    public static final String SUPERVISOR = "t-supervisor";
    public static final String FINANCE = "t-finance";
    public static final String ADMIN = "t-admin";
    public static final String MANAGER = "t-manager";
    public static final String QUALITY = "t-quality";

    public static final String ENGINEER_ID = "U-T-ENG-1";
    public static final String ENGINEER_2_ID = "U-T-ENG-2";
    public static final String CLERK_ID = "U-T-CLERK";
    public static final String SUPERVISOR_ID = "U-T-SUP";
    public static final String MANAGER_ID = "U-T-MGR";
    public static final String QUALITY_ID = "U-T-QA";

    private record User(String id, String username, String role) {}

    private static final List<User> USERS = List.of(
            new User(CLERK_ID, CLERK, "CLERK"),
            new User(ENGINEER_ID, ENGINEER, "ENGINEER"),
            new User(ENGINEER_2_ID, ENGINEER_2, "ENGINEER"),
            new User(SUPERVISOR_ID, SUPERVISOR, "SUPERVISOR"),
            new User("U-T-FIN", FINANCE, "FINANCE"),
            new User("U-T-ADMIN", ADMIN, "ADMIN"),
            new User(MANAGER_ID, MANAGER, "MANAGER"),
            new User(QUALITY_ID, QUALITY, "QUALITY"));

    private static String hash;

    private TestUsers() {}

    public static synchronized void ensure(JdbcTemplate jdbc) {
        for (User user : USERS) {
            create(jdbc, user.id(), user.username(), user.role());
        }
    }

    /** A user with the test password and the given roles; nothing happens if the id exists. */
    public static synchronized void create(JdbcTemplate jdbc, String userId, String username, String... roles) {
        if (hash == null) {
            hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        }
        jdbc.update(
                "insert into app_user(user_id, username, display_name, password_hash) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                userId,
                username,
                username,
                hash);
        for (String role : roles) {
            jdbc.update("insert into app_user_role(user_id, role) values (?, ?) on conflict do nothing", userId, role);
        }
    }
}
