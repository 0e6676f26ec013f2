package com.aftersales.app.customer;

import com.aftersales.api.common.CustomerId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The personal-data store. Events refer to customers by {@link CustomerId} only, so erasing a
 * customer (PIPL; no erase operation is offered yet) will clear this row and leave the event
 * history untouched.
 */
@Component
public class CustomerContacts {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CustomerContacts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CustomerId register(String name, String phone, String email) {
        CustomerId id = CustomerId.random();
        jdbc.update(
                "insert into customer_contact(customer_id, name, phone, email, created_at) values (?, ?, ?, ?, ?)",
                id.value(),
                name,
                phone,
                email,
                Timestamp.from(clock.instant()));
        return id;
    }

    public Optional<CustomerContact> find(String customerId) {
        List<CustomerContact> found = jdbc.query(
                "select customer_id, name, phone, email, erased_at from customer_contact where customer_id = ?",
                (rs, i) -> new CustomerContact(
                        rs.getString("customer_id"),
                        rs.getString("name"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getTimestamp("erased_at") != null),
                customerId);
        return found.stream().findFirst();
    }

    public boolean exists(String customerId) {
        return find(customerId).isPresent();
    }
}
