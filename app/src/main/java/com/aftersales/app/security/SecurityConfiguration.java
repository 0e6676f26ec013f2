package com.aftersales.app.security;

import com.aftersales.app.LedgerProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Four ways in. {@code /actuator/prometheus}: the scraper's own bearer secret. {@code POST /api/auth/token}: HTTP Basic, the only password check an API client
 * makes. The rest of /api: stateless bearer tokens ({@link ApiTokens}), no session, no CSRF
 * needed. Pages: form login with a session and CSRF, a role chosen for the session
 * ({@code ui.SessionActingRole}), security headers. Every password check is throttled
 * ({@link LoginThrottle}); what each /api endpoint allows is declared on the handler
 * ({@link AllowedRoles}) and checked with the chosen acting role ({@link RoleGuard}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration implements WebMvcConfigurer {

    /** Prometheus scrapes with a bearer secret of its own ({@link MetricsScrapeToken}), no session. */
    @Bean
    @Order(0)
    SecurityFilterChain metricsEndpoint(
            HttpSecurity http, @Value("${ledger.metrics.scrape-token:}") String scrapeToken, ProblemResponses problems)
            throws Exception {
        return http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(new MetricsScrapeToken(scrapeToken)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.scraper()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, AuthenticationManager passwordLogin, ProblemResponses problems)
            throws Exception {
        return http.securityMatcher(TokenController.PATH)
                .authenticationManager(passwordLogin)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.basic()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.basic()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(ApiTokens::authentication))
                        .authenticationEntryPoint(problems.bearer()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.bearer()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Pages. CSP without {@code unsafe-inline}: every script and style is a file of ours or a
     * webjar, so an injected {@code <script>} or {@code onclick} does not run. Swagger UI is the one
     * page that needs inline styles and scripts of its own.
     */
    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self';"
            + " object-src 'none'";

    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; object-src 'none'";

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager passwordLogin, ProblemResponses problems)
            throws Exception {
        AuthenticationFailureHandler loginPageAgain = new SimpleUrlAuthenticationFailureHandler("/login?error");
        RequestMatcher swagger = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        return http.authenticationManager(passwordLogin)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/actuator/health",
                                "/error",
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler((request, response, failure) -> {
                    if (failure instanceof LoginThrottledException throttled) {
                        response.sendRedirect("/login?throttled=" + throttled.retryAfterSeconds());
                    } else {
                        loginPageAgain.onAuthenticationFailure(request, response, failure);
                    }
                }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // A session id known before sign-in is worthless after it.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(swagger), new ContentSecurityPolicyHeaderWriter(PAGE_CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                swagger, new ContentSecurityPolicyHeaderWriter(SWAGGER_CSP)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .build();
    }

    @Bean
    AuthenticationManager passwordLogin(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledAuthenticationProvider(checked, throttle));
    }

    @Bean
    LoginThrottle loginThrottle(LedgerProperties properties) {
        LedgerProperties.LoginFailures allowed = properties.security().loginFailures();
        return new LoginThrottle(allowed.perUser(), allowed.perAddress(), allowed.window());
    }

    @Bean
    @DependsOnDatabaseInitialization
    ApiTokens apiTokens(LedgerProperties properties, JdbcTemplate jdbc, Clock clock) {
        LedgerProperties.Security security = properties.security();
        return new ApiTokens(
                TokenSigningKey.resolve(security.tokenSigningKey(), jdbc, clock), security.tokenLifetime(), clock);
    }

    /**
     * Spring Security would wrap every filter of every request in an observation (a metric and a
     * trace span each): a third of an authenticated board read's CPU (JFR, docs/performance.md).
     * Requests are still timed as a whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings noFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemResponses problemResponses(ObjectMapper objectMapper) {
        return new ProblemResponses(objectMapper);
    }

    @Bean
    PasswordEncoder passwordEncoder(MeterRegistry registry) {
        return new CountingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), registry);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(RoleGuard.forApi()).addPathPatterns("/api/**");
    }
}
