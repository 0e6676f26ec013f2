package com.aftersales.command.expense.fraud;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.command.expense.ClaimUnderScreening;
import com.aftersales.command.expense.fraud.RegisteredKey.KeyKind;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link InvoiceRegistry} in table {@code expense_invoice_registry}. The lock is PostgreSQL's
 * transaction-scoped advisory lock on the hash of {@code KIND:key}, taken in sorted order so two
 * claims sharing several keys cannot deadlock; a hash collision only makes an unrelated claim wait.
 * Under READ COMMITTED the look-up after the lock is a new statement, so it sees the rows of the
 * transaction that held the lock before.
 */
public class JdbcInvoiceRegistry implements InvoiceRegistry {
    private final JdbcTemplate jdbc;

    public JdbcInvoiceRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RegisteredKey> lockAndFind(ClaimUnderScreening claim) {
        for (String lock : new TreeSet<>(lockNames(claim))) {
            jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> {}, lock);
        }
        return find(claim);
    }

    @Override
    public List<RegisteredKey> find(ClaimUnderScreening claim) {
        List<RegisteredKey> found = new ArrayList<>();
        for (KeyKind kind : KeyKind.values()) {
            List<String> keys = keysOf(claim, kind);
            if (keys.isEmpty()) {
                continue;
            }
            String in = String.join(",", keys.stream().map(key -> "?").toList());
            List<Object> arguments = new ArrayList<>();
            arguments.add(kind.name());
            arguments.add(claim.claimId().value());
            arguments.addAll(keys);
            found.addAll(jdbc.query(
                    "select kind, key, claim_id, version, line_no, engineer_id, registered_at"
                            + " from expense_invoice_registry where kind = ? and claim_id <> ? and key in (" + in + ")"
                            + " order by registered_at, claim_id, version, line_no",
                    (rs, row) -> new RegisteredKey(
                            KeyKind.valueOf(rs.getString("kind")),
                            rs.getString("key"),
                            new ExpenseClaimId(rs.getString("claim_id")),
                            rs.getInt("version"),
                            rs.getInt("line_no"),
                            new UserId(rs.getString("engineer_id")),
                            rs.getTimestamp("registered_at").toInstant()),
                    arguments.toArray()));
        }
        return found;
    }

    @Override
    public void register(ClaimUnderScreening claim) {
        for (ExpenseLine line : claim.lines()) {
            for (KeyKind kind : KeyKind.values()) {
                String key = keyOf(line, kind);
                if (key != null) {
                    jdbc.update(
                            "insert into expense_invoice_registry"
                                    + " (kind, key, claim_id, version, line_no, engineer_id, registered_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                            kind.name(),
                            key,
                            claim.claimId().value(),
                            claim.version(),
                            line.lineNo(),
                            claim.engineerId().value(),
                            Timestamp.from(claim.submittedAt()));
                }
            }
        }
    }

    private static List<String> lockNames(ClaimUnderScreening claim) {
        List<String> names = new ArrayList<>();
        for (KeyKind kind : KeyKind.values()) {
            keysOf(claim, kind).forEach(key -> names.add(kind.name() + ":" + key));
        }
        return names;
    }

    private static List<String> keysOf(ClaimUnderScreening claim, KeyKind kind) {
        return claim.lines().stream()
                .map(line -> keyOf(line, kind))
                .filter(key -> key != null)
                .distinct()
                .toList();
    }

    private static String keyOf(ExpenseLine line, KeyKind kind) {
        if (kind == KeyKind.INVOICE) {
            return line.invoice() == null ? null : line.invoice().key();
        }
        return line.receipt() == null ? null : line.receipt().sha256();
    }
}
