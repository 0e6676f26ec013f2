package com.aftersales.app.security;

import com.aftersales.api.common.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an /api endpoint. A person holding several of them chooses the one they
 * act in ({@link ActingRoles#HEADER}); that role is recorded (S3). Every /api handler carries this
 * or {@link SignedInUser}; {@link RoleGuard} refuses a handler with neither.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedRoles {
    Role[] value();
}
