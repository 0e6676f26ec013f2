package com.aftersales.command.repair;

import com.aftersales.api.repair.AttachmentRef;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** R1: reads table repair_attachment (V16); the bytes stay there, only hash, type and size are read. */
public class JdbcRepairAttachments implements RepairAttachments {
    private final JdbcTemplate jdbc;

    public JdbcRepairAttachments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AttachmentRef> find(String sha256) {
        return jdbc
                .query(
                        "select sha256, media_type, size from repair_attachment where sha256 = ?",
                        (rs, i) -> new AttachmentRef(rs.getString(1), rs.getString(2), rs.getLong(3)),
                        sha256)
                .stream()
                .findFirst();
    }
}
