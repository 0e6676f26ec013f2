package com.aftersales.api.common;

/**
 * Metadata keys that every command, and so every event, carries (RULES S3): who did it, in which
 * role, from where, as part of which request.
 */
public final class ActorMetadata {
    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CLIENT_ADDRESS = "clientAddress";

    /** The actor recorded on facts the system detects by itself, such as an SLA breach. */
    public static final String SYSTEM_USER = "system";

    public static final String SYSTEM_ROLE = "SYSTEM";

    private ActorMetadata() {}
}
