package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.kernel.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Our API ({@code /api/**}) uses HTTP Basic against the engine's identity service, so users and
 * groups are managed in Camunda Admin; a user's engine groups become its authorities. The engine's REST API is guarded
 * by the engine's own authentication filter, so engine authorizations apply to every REST call. The webapps keep their
 * own login. Both engine APIs serve workflow users only ({@link EngineApiPerimeter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final int ENGINE_REST_AUTH_ORDER = 100;
    private static final int ENGINE_API_PERIMETER_ORDER = ENGINE_REST_AUTH_ORDER + 1;

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, EngineUsers engineUsers, ObjectMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/catalogue",
                                "/api/v1/catalogue/**",
                                "/api/v1/exposures",
                                "/api/v1/occupations",
                                "/api/v1/public-notices",
                                "/api/v1/readiness")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/public-notices/*/objections")
                        .permitAll()
                        // a claim's receipt: its applicant and its reviewers (Receipts decides, 404 for anyone else)
                        .requestMatchers(HttpMethod.GET, "/api/v1/*/claims/*/receipt.pdf")
                        .authenticated()
                        // who may call what, checked before the request body is even read
                        .requestMatchers(
                                "/api/v1/enterprises/*", "/api/v1/persons/*", "/api/v1/social-insurance/contributions")
                        .hasAnyAuthority(Groups.ADMIN, Groups.DATA_EXCHANGE)
                        .requestMatchers("/api/v1/process-migrations/**")
                        .hasAuthority(Groups.ADMIN)
                        .requestMatchers("/api/v1/agencies/*")
                        .hasAuthority(Groups.ADMIN)
                        .requestMatchers("/api/v1/hiring-subsidy/**", "/api/v1/startup-awards/**")
                        .hasAuthority(Groups.ENTERPRISE)
                        .requestMatchers("/api/v1/referral-subsidy/**")
                        .hasAuthority(Groups.AGENCY)
                        .requestMatchers("/api/v1/institutions/*")
                        .hasAuthority(Groups.ADMIN)
                        .requestMatchers("/api/v1/institution-filings", "/api/v1/institution-filings/**")
                        .hasAuthority(Groups.INSTITUTION)
                        .requestMatchers("/api/v1/institution-exits", "/api/v1/institution-exits/**")
                        .hasAnyAuthority(Groups.CITY_REVIEWER, Groups.ADMIN)
                        .requestMatchers("/api/v1/evaluation-subsidy/**")
                        .hasAuthority(Groups.INSTITUTION)
                        // training vouchers: a worker takes one for themself; a training institution enrols,
                        // completes and redeems; reading one is decided per voucher (404 for anyone else)
                        .requestMatchers(HttpMethod.POST, "/api/v1/training-vouchers")
                        .hasAuthority(Groups.WORKER)
                        .requestMatchers(
                                "/api/v1/training-vouchers/redemptions", "/api/v1/training-vouchers/redemptions/**")
                        .hasAuthority(Groups.INSTITUTION)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/training-vouchers/*/enrolment",
                                "/api/v1/training-vouchers/*/completion")
                        .hasAuthority(Groups.INSTITUTION)
                        .requestMatchers(HttpMethod.GET, "/api/v1/training-vouchers")
                        .hasAnyAuthority(Groups.WORKER, Groups.INSTITUTION)
                        .anyRequest()
                        .authenticated())
                // this provider alone, without the global manager as parent: a failed login is checked once
                .authenticationManager(new ProviderManager(engineUsers))
                .httpBasic(basic -> basic.authenticationEntryPoint(new LoginProblems(json)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginProblems(json))
                        .accessDeniedHandler((request, response, e) ->
                                Problems.write(response, json, HttpStatus.FORBIDDEN, "FORBIDDEN", "当前用户的角色无权进行此操作")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** Webapps, engine REST, OpenAPI: their own filters decide; CSRF is the webapps' own filter's job. */
    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    @Bean
    EngineUsers engineUsers(IdentityService identity, LoginCache logins) {
        return new EngineUsers(identity, logins);
    }

    /** The logins of the last seconds (application.yaml: skill-subsidy.login-cache.ttl; PT0S remembers none). */
    @Bean
    LoginCache loginCache(@Value("${skill-subsidy.login-cache.ttl:PT10S}") Duration ttl) {
        return new LoginCache(ttl);
    }

    /** Basic authentication on the engine's REST API, as Camunda documents it: engine authorizations then apply. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(LoginCache logins) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>();
        registration.setName("camunda-rest-auth");
        registration.setFilter(new EngineRestAuthentication(logins));
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(ENGINE_REST_AUTH_ORDER);
        return registration;
    }

    /** Workflow users only, on the engine's REST API and the webapps' API; after the engine's authentication. */
    @Bean
    FilterRegistrationBean<EngineApiPerimeter> engineApiPerimeter(IdentityService identity, ObjectMapper json) {
        FilterRegistrationBean<EngineApiPerimeter> registration =
                new FilterRegistrationBean<>(new EngineApiPerimeter(identity, json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(ENGINE_API_PERIMETER_ORDER);
        return registration;
    }
}
