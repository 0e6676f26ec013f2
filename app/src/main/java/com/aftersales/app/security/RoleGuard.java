package com.aftersales.app.security;

import com.aftersales.api.common.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authorizes every /api handler by its {@link AllowedRoles} and remembers which role was used.
 * Fails closed: a handler without the annotation is refused for everyone.
 */
public class RoleGuard implements HandlerInterceptor {
    public static final String ROLE_USED = RoleGuard.class.getName() + ".roleUsed";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        AllowedRoles allowed = method.getMethodAnnotation(AllowedRoles.class);
        if (allowed == null) {
            throw new AccessDeniedException("this endpoint declares no roles");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            for (Role role : allowed.value()) {
                boolean held = authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
                if (held) {
                    request.setAttribute(ROLE_USED, role.name());
                    return true;
                }
            }
        }
        throw new AccessDeniedException("this needs one of the roles " + java.util.Arrays.toString(allowed.value()));
    }
}
