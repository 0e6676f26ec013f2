package com.aftersales.app.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An /api handler open to anyone signed in, whatever their roles, that records nothing in the
 * ledger and so needs no acting role (signing in itself). {@link RoleGuard} lets it through in
 * place of {@link AllowedRoles}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SignedInUser {}
