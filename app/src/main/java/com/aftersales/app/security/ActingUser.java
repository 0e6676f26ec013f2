package com.aftersales.app.security;

import com.aftersales.api.common.ActorMetadata;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The person acting right now: from the authenticated HTTP request, or, for work that runs
 * outside a request (the demo data set), given explicitly with {@link #runAs}.
 */
public record ActingUser(String userId, String role, String correlationId, String clientAddress) {
    public static final String CORRELATION_ID_ATTRIBUTE = ActingUser.class.getName() + ".correlationId";
    private static final ThreadLocal<ActingUser> EXPLICIT = new ThreadLocal<>();

    /**
     * The system, acting on what the ledger detected or recorded by itself (a reactor, the first
     * start's defaults); {@code correlationId} ties its commands to what caused them.
     */
    public static ActingUser system(String correlationId) {
        return new ActingUser(ActorMetadata.SYSTEM_USER, ActorMetadata.SYSTEM_ROLE, correlationId, null);
    }

    public static Optional<ActingUser> current() {
        if (EXPLICIT.get() != null) {
            return Optional.of(EXPLICIT.get());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof LedgerPrincipal principal)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        String role = (String) request.getAttribute(RoleGuard.ROLE_USED);
        if (role == null) {
            return Optional.empty();
        }
        return Optional.of(new ActingUser(
                principal.userId(),
                role,
                (String) request.getAttribute(CORRELATION_ID_ATTRIBUTE),
                request.getRemoteAddr()));
    }

    public static <T> T runAs(ActingUser actor, Supplier<T> action) {
        EXPLICIT.set(actor);
        try {
            return action.get();
        } finally {
            EXPLICIT.remove();
        }
    }
}
