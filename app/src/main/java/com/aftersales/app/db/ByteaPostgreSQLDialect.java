package com.aftersales.app.db;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * Hibernate 6 maps Axon's {@code @Lob} columns (payload, meta_data, token, ...) to PostgreSQL
 * large objects ({@code oid}) that are never cleaned up. This dialect binds them as plain
 * {@code bytea}, which is what the Flyway schema declares (ADR 0003).
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {
    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == Types.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == Types.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions
                .getTypeConfiguration()
                .getJdbcTypeRegistry()
                .addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
    }
}
