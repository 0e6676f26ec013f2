package com.aftersales.app.security;

import com.aftersales.api.common.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authorizes every handler it guards by its {@link AllowedRoles} and the role the person chose to
 * act in ({@link ActingRoles}), and remembers that role: it is what events record and aggregates
 * check (S3). An API client names the role per request ({@link ActingRoles#HEADER}); a browser
 * names it once for the session (the pages' role switch). Fails closed: a guarded handler without
 * {@link AllowedRoles} or {@link SignedInUser} is refused for everyone.
 */
public class RoleGuard implements HandlerInterceptor {
    public static final String ROLE_USED = RoleGuard.class.getName() + ".roleUsed";

    private final Function<HttpServletRequest, String> chosenRole;
    private final Class<? extends Annotation> guardedType;

    /**
     * @param chosenRole the role the request names, or null
     * @param guardedType only handlers of beans carrying it are guarded; null guards every handler
     */
    public RoleGuard(Function<HttpServletRequest, String> chosenRole, Class<? extends Annotation> guardedType) {
        this.chosenRole = chosenRole;
        this.guardedType = guardedType;
    }

    /** The /api: the role is named by the {@link ActingRoles#HEADER} header of each request. */
    public static RoleGuard forApi() {
        return new RoleGuard(request -> request.getHeader(ActingRoles.HEADER), null);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (guardedType != null && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), guardedType)) {
            return true;
        }
        if (method.hasMethodAnnotation(SignedInUser.class)) {
            return true;
        }
        AllowedRoles allowed = method.getMethodAnnotation(AllowedRoles.class);
        if (allowed == null) {
            throw new AccessDeniedException("this endpoint declares no roles");
        }
        Role role = ActingRoles.choose(List.of(allowed.value()), heldRoles(), chosenRole.apply(request));
        request.setAttribute(ROLE_USED, role.name());
        return true;
    }

    public static Set<Role> heldRoles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return held;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (authority.getAuthority().equals("ROLE_" + role.name())) {
                    held.add(role);
                }
            }
        }
        return held;
    }
}
