package com.aftersales.app.ticket;

import java.sql.Array;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people a ticket page names: actors of its history, its engineer, handler and supervisor
 * (events keep user ids only), and, for the forms, who may be chosen. One query over app_user
 * per page, whatever the length of the history.
 */
@Component
class TicketPeople {
    private final JdbcTemplate jdbc;

    TicketPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param named user ids to show by name, active or not
     * @param withStaff also every active user, for the forms' choices
     */
    People load(Collection<String> named, boolean withStaff) {
        String[] ids = named.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length == 0 && !withStaff) {
            return new People(Map.of());
        }
        Map<String, Person> found = new LinkedHashMap<>();
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement("select u.user_id, u.display_name, u.enabled,"
                            + " coalesce(string_agg(r.role, ',' order by r.role), '') as roles"
                            + " from app_user u left join app_user_role r on r.user_id = u.user_id"
                            + " where u.user_id = any(?)" + (withStaff ? " or u.enabled" : "")
                            + " group by u.user_id, u.display_name, u.enabled");
                    Array array = connection.createArrayOf("varchar", ids);
                    statement.setArray(1, array);
                    return statement;
                },
                rs -> {
                    String roles = rs.getString("roles");
                    found.put(
                            rs.getString("user_id"),
                            new Person(
                                    rs.getString("user_id"),
                                    rs.getString("display_name"),
                                    rs.getBoolean("enabled"),
                                    roles.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(roles.split(",")))));
                });
        return new People(found);
    }

    String name(String userId) {
        return load(List.of(userId), false).name(userId);
    }

    record Person(String userId, String displayName, boolean enabled, Set<String> roles) {}

    /** Names by user id, and the active holders of a role (sorted by name) for a select. */
    record People(Map<String, Person> byId) {
        /** The display name; the id itself for someone unknown (a user since removed). */
        public String name(String userId) {
            if (userId == null) {
                return "";
            }
            Person person = byId.get(userId);
            return person == null ? userId : person.displayName();
        }

        /** Active users holding any of {@code roles}; every active user when none is given. */
        public List<Person> active(String... roles) {
            return byId.values().stream()
                    .filter(Person::enabled)
                    .filter(person -> roles.length == 0 || Arrays.stream(roles).anyMatch(person.roles()::contains))
                    .sorted(Comparator.comparing(Person::displayName))
                    .collect(Collectors.toList());
        }
    }
}
