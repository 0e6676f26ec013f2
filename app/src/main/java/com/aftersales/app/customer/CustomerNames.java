package com.aftersales.app.customer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Customers' names for lists that show many customers at once: one query for the whole page, not
 * one per row. An erased customer (PIPL) has no name; pages say so instead of showing its id.
 */
@Component
public class CustomerNames {
    private final JdbcTemplate jdbc;

    CustomerNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A customer to choose in a form: its id is what the commands take, its name what people read. */
    public record CustomerChoice(String customerId, String name) {}

    /** Names by customer id; an id without a name (unknown or erased) is missing from the map. */
    public Map<String, String> of(Collection<String> customerIds) {
        Map<String, String> names = new HashMap<>();
        if (customerIds.isEmpty()) {
            return names;
        }
        jdbc.query(
                "select customer_id, name from customer_contact where customer_id = any(?) and erased_at is null",
                rs -> {
                    names.put(rs.getString("customer_id"), rs.getString("name"));
                },
                (Object) customerIds.stream().distinct().toArray(String[]::new));
        return names;
    }

    /** The customers most recently added to the store, for a form's suggestions. */
    public List<CustomerChoice> recent(int limit) {
        return jdbc.query(
                "select customer_id, name from customer_contact where erased_at is null and name is not null"
                        + " order by created_at desc, customer_id limit ?",
                (rs, i) -> new CustomerChoice(rs.getString("customer_id"), rs.getString("name")),
                limit);
    }
}
