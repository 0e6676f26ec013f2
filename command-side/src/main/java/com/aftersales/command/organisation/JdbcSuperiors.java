package com.aftersales.command.organisation;

import com.aftersales.api.common.UserId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link Superiors} from the command-side lookup table {@code person_superior}. The table commits
 * with the chart's events, so a ticket escalating in a later transaction sees every committed
 * change of the chart, and none that was rolled back.
 */
public class JdbcSuperiors implements Superiors {
    private final JdbcTemplate jdbc;

    public JdbcSuperiors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserId> superiorOf(UserId person) {
        return jdbc
                .queryForList(
                        "select superior_id from person_superior where person_id = ?", String.class, person.value())
                .stream()
                .findFirst()
                .map(UserId::new);
    }
}
