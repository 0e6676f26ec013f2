package com.aftersales.command.contract;

import com.aftersales.api.contract.ServiceContractId;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link CoveredUnits} on the lookup table {@code contract_coverage}. Each serial number is first
 * locked with a transaction-scoped advisory lock (in sorted order, so two commands never wait for
 * each other in a circle); the lock is held until the command's transaction ends, after {@link
 * ContractCoverageTable} has written the new rows in that same transaction. A second registration
 * of the same unit waits for the first to commit, then sees its rows and is refused (T13). Locks
 * of different serial numbers whose hashes collide only wait for each other; they never decide.
 */
public class JdbcCoveredUnits implements CoveredUnits {
    /** The first key of every coverage lock: the two-key advisory locks of T13. */
    static final int LOCK_SPACE = 13;

    private final JdbcTemplate jdbc;

    public JdbcCoveredUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CoveredUnit> coveredByOthers(
            SortedSet<String> serialNumbers, LocalDate from, LocalDate until, ServiceContractId except) {
        if (serialNumbers.isEmpty()) {
            return List.of();
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Outside a transaction the lock would end with its own statement, and prove nothing.
            throw new IllegalStateException("T13: the coverage check must run in the command's transaction");
        }
        for (String serial : serialNumbers) {
            jdbc.query("select pg_advisory_xact_lock(?, hashtext(?))", rs -> null, LOCK_SPACE, serial);
        }
        List<Object> arguments = new ArrayList<>(serialNumbers);
        arguments.add(except.value());
        arguments.add(Date.valueOf(until));
        arguments.add(Date.valueOf(from));
        return jdbc.query(
                "select serial_number, contract_id, contract_number, valid_from, valid_until from contract_coverage"
                        + " where serial_number in ("
                        + String.join(", ", Collections.nCopies(serialNumbers.size(), "?"))
                        + ") and contract_id <> ? and valid_from <= ? and valid_until >= ?"
                        + " order by serial_number, valid_from",
                (rs, i) -> new CoveredUnit(
                        rs.getString("serial_number"),
                        new ServiceContractId(rs.getString("contract_id")),
                        rs.getString("contract_number"),
                        rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_until").toLocalDate()),
                arguments.toArray());
    }
}
