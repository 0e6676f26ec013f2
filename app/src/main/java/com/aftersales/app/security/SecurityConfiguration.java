package com.aftersales.app.security;

import com.aftersales.app.LedgerProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
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
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Three ways in. {@code POST /api/auth/token}: HTTP Basic, the only password check an API client
 * makes. The rest of /api: stateless bearer tokens ({@link ApiTokens}), no session, no CSRF
 * needed. Pages: form login with a session and CSRF. Every password check is throttled
 * ({@link LoginThrottle}); what each /api endpoint allows is declared on the handler
 * ({@link AllowedRoles}) and checked with the chosen acting role ({@link RoleGuard}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration implements WebMvcConfigurer {

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

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager passwordLogin, ProblemResponses problems)
            throws Exception {
        AuthenticationFailureHandler loginPageAgain = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return http.authenticationManager(passwordLogin)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.failureHandler((request, response, failure) -> {
                    if (failure instanceof LoginThrottledException throttled) {
                        problems.throttled(response, throttled);
                    } else {
                        loginPageAgain.onAuthenticationFailure(request, response, failure);
                    }
                }))
                .logout(logout -> {})
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
        registry.addInterceptor(new RoleGuard()).addPathPatterns("/api/**");
    }
}
