package com.aftersales.app.ticket;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people a board page names: the engineers and handlers of its rows by display name, and the
 * active engineers to filter by. One query per page, however many rows (no lookup per row).
 */
@Component
class BoardPeople {
    private final JdbcTemplate jdbc;

    BoardPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as a page shows them. */
    public record Person(String userId, String displayName) {}

    /** Display names of the people asked for; the active engineers, by name. */
    public record Directory(Map<String, String> names, List<Person> engineers) {
        /** The display name, or the id itself for someone no longer in the user list. */
        public String name(String userId) {
            return userId == null ? null : names.getOrDefault(userId, userId);
        }
    }

    Directory lookup(Collection<String> userIds) {
        Set<String> wanted = new TreeSet<>();
        userIds.stream().filter(id -> id != null).forEach(wanted::add);
        Map<String, String> names = new HashMap<>();
        List<Person> engineers = new ArrayList<>();
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement("select u.user_id, u.display_name,"
                            + " u.enabled and exists (select 1 from app_user_role r"
                            + "   where r.user_id = u.user_id and r.role = 'ENGINEER') as engineer"
                            + " from app_user u"
                            + " where u.user_id = any (?)"
                            + "   or u.enabled and exists (select 1 from app_user_role r"
                            + "     where r.user_id = u.user_id and r.role = 'ENGINEER')"
                            + " order by u.display_name, u.user_id");
                    Array ids = connection.createArrayOf("varchar", wanted.toArray());
                    statement.setArray(1, ids);
                    return statement;
                },
                rs -> {
                    String id = rs.getString("user_id");
                    String name = rs.getString("display_name");
                    names.put(id, name);
                    if (rs.getBoolean("engineer")) {
                        engineers.add(new Person(id, name));
                    }
                });
        return new Directory(Map.copyOf(names), List.copyOf(engineers));
    }
}
