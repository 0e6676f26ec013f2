package com.aftersales.app.ui;

import com.aftersales.app.security.RoleGuard;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages: the role guard on the session's chosen role, and the language — the browser's
 * (Accept-Language) until the person picks one with {@code ?lang=}, remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> LANGUAGES = List.of(CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ledger-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
        return resolver;
    }

    /** Any Chinese is Simplified Chinese here; anything else is English. */
    static Locale supported(Locale asked) {
        return asked != null && "zh".equals(asked.getLanguage()) ? CHINESE : Locale.ENGLISH;
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
}
