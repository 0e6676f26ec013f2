package com.aftersales.app.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of web pages (not /api). Its handlers declare their roles as /api handlers do
 * ({@link com.aftersales.app.security.AllowedRoles}); the acting role is the one the person chose
 * for the session ({@link SessionActingRole}), and failures become pages, not problem+json
 * ({@link PageFailures}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WebPage {
    @AliasFor(annotation = Controller.class)
    String value() default "";
}
