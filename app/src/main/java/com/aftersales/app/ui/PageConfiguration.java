package com.aftersales.app.ui;

import com.aftersales.app.security.RoleGuard;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages: the role guard on the session's chosen role, and the language — the browser's
 * (Accept-Language) until the person picks one with {@code ?lang=}, remembered in a cookie. The
 * users are a Chinese company's staff: a browser that asks for neither Chinese nor English first
 * (or for nothing) gets Chinese.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> LANGUAGES = List.of(CHINESE, Locale.ENGLISH);

    /**
     * Off: Spring Boot's filter would send every link a page builds (each ticket's row, each form's
     * action) through the static-resource resolvers, a class-path lookup per link that is not a
     * resource, half the board's CPU (JFR, docs/performance.md). The pages link webjars by their
     * versionless paths, which the webjars resolver serves without it.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ledger-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") == null
                ? CHINESE
                : supported(Collections.list(request.getLocales())));
        return resolver;
    }

    /** The first of the browser's languages (best first) that the pages speak; Chinese if none. */
    static Locale supported(List<Locale> asked) {
        for (Locale language : asked) {
            if ("en".equals(language.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(language.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor language = new LocaleChangeInterceptor();
        language.setParamName("lang");
        language.setIgnoreInvalidLocale(true);
        registry.addInterceptor(language).excludePathPatterns("/api/**");
        registry.addInterceptor(new RoleGuard(
                        request -> SessionActingRole.of(request).map(Enum::name).orElse(null), WebPage.class))
                .excludePathPatterns("/api/**");
    }

    /** Before the exception handlers, whose problem+json advice would answer every unknown address. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, new UnknownPages());
    }
}
