package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The applicant portal's own chain: pages at {@code /}, {@code /portal/**} and {@code /public/**} with a session login
 * form (credit code or ID number and password, checked by the engine's identity service and so under its brute-force
 * delay), CSRF protection on every form, logout. Only applicant accounts may log in here; reviewers work in Tasklist.
 * The API's HTTP Basic chain ({@link SecurityConfig}) stays stateless and is not touched by this session.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    /** The groups whose users are applicants and use the portal. */
    static final List<String> APPLICANT_GROUPS =
            List.of(Groups.ENTERPRISE, Groups.AGENCY, Groups.INSTITUTION, Groups.WORKER);

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http, AuthenticationProvider engineUsers, IdentityService identity)
            throws Exception {
        AuthenticationProvider applicants = applicantsOnly(engineUsers, identity);
        http.securityMatcher("/", "/login", "/logout", "/portal", "/portal/**", "/public/**", "/assets/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/", "/login", "/public/**", "/assets/**")
                        .permitAll()
                        .requestMatchers("/portal/enterprise/**")
                        .hasAuthority(Groups.ENTERPRISE)
                        .requestMatchers("/portal/agency/**")
                        .hasAuthority(Groups.AGENCY)
                        .requestMatchers("/portal/institution/**")
                        .hasAuthority(Groups.INSTITUTION)
                        .requestMatchers("/portal/worker/**")
                        .hasAuthority(Groups.WORKER)
                        .anyRequest()
                        .hasAnyAuthority(APPLICANT_GROUPS.toArray(String[]::new)))
                .authenticationProvider(applicants)
                .formLogin(form -> form.loginPage("/")
                        .loginProcessingUrl("/login")
                        .defaultSuccessUrl("/portal", true)
                        .failureHandler((request, response, e) -> {
                            request.getSession().setAttribute("loginError", message(e));
                            request.getSession().setAttribute("loginUser", request.getParameter("username"));
                            response.sendRedirect(request.getContextPath() + "/?error");
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/"))
                        .accessDeniedPage("/public/forbidden"));
        return http.build();
    }

    private static String message(AuthenticationException e) {
        if (e instanceof LockedException || e instanceof DisabledException) {
            return e.getMessage();
        }
        return "账号或密码不正确，请核对后重试（连续输错后需等待几秒才能再次登录）";
    }

    /** The engine users' login, for applicant accounts only, telling a locked account from a wrong password. */
    private static AuthenticationProvider applicantsOnly(AuthenticationProvider engineUsers, IdentityService identity) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String typed = authentication.getName() == null
                        ? ""
                        : authentication.getName().strip();
                // credit codes and ID numbers are stored in capitals; a lower-case x or letter is the same account
                String userId = identity.createUserQuery().userId(typed).count() > 0 ? typed : typed.toUpperCase();
                Date lockedUntil = lockedUntil(identity, userId);
                if (lockedUntil != null) {
                    long seconds = Math.max(1, (lockedUntil.getTime() - System.currentTimeMillis() + 999) / 1000);
                    throw new LockedException("连续输错密码，该账号暂时锁定，请 " + seconds + " 秒后再试");
                }
                Authentication user;
                try {
                    user = engineUsers.authenticate(
                            org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                    .unauthenticated(userId, authentication.getCredentials()));
                } catch (BadCredentialsException e) {
                    throw new BadCredentialsException("bad credentials", e);
                }
                boolean applicant =
                        user.getAuthorities().stream().anyMatch(a -> APPLICANT_GROUPS.contains(a.getAuthority()));
                if (!applicant) {
                    throw new DisabledException("工作人员请从“工作人员入口”登录审核系统（Tasklist），本页面供申请单位和个人办事");
                }
                return user;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return engineUsers.supports(authentication);
            }
        };
    }

    private static Date lockedUntil(IdentityService identity, String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user instanceof UserEntity entity
                && entity.getLockExpirationTime() != null
                && entity.getLockExpirationTime().after(new Date())) {
            return entity.getLockExpirationTime();
        }
        return null;
    }
}
