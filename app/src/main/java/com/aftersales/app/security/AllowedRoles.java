package com.aftersales.app.security;

import com.aftersales.api.common.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an /api endpoint, in order of preference: the first one the user holds
 * is the role recorded as used (S3). Every /api handler must carry it; {@link RoleGuard} refuses
 * a handler without it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedRoles {
    Role[] value();
}
