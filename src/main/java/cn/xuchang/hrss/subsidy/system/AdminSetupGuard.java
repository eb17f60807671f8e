package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.kernel.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the webapps' first-admin set-up (the page {@code /camunda/app/admin/{engine}/setup/} and its action
 * {@code /camunda/api/admin/setup/{engine}/user/create}), which the webapps open to anyone as long as no user is in
 * camunda-admin, whenever this installation has or gets its administrator another way: an administrator exists, the
 * first one is configured ({@code skill-subsidy.bootstrap-admin.password}, created at start-up), one is required (the
 * mysql profile, which refuses to start without one), or the demo data brings {@code admin}. So it is closed at every
 * moment of a start too, before the start-up listeners have created the administrator. Left open only where nothing
 * else can create an administrator: the default profile without demo data and without a configured password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class AdminSetupGuard extends OncePerRequestFilter {

    private static final Pattern SETUP = Pattern.compile("/camunda/(api/admin/setup/.*|app/[^/]+/[^/]+/setup(/.*)?)");

    private final IdentityService identity;
    private final ObjectMapper json;
    private final boolean administratorConfigured;

    AdminSetupGuard(
            IdentityService identity,
            ObjectMapper json,
            @Value("${skill-subsidy.bootstrap-admin.password:}") String bootstrapPassword,
            @Value("${skill-subsidy.bootstrap-admin.required:false}") boolean administratorRequired,
            @Value("${skill-subsidy.demo-data:false}") boolean demoData) {
        this.identity = identity;
        this.json = json;
        this.administratorConfigured = !bootstrapPassword.isBlank() || administratorRequired || demoData;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SETUP.matcher(pathOf(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (administratorConfigured
                || identity.createUserQuery().memberOfGroup(Groups.ADMIN).count() > 0) {
            Problems.write(
                    response,
                    json,
                    HttpStatus.FORBIDDEN,
                    "ADMIN_SETUP_CLOSED",
                    "系统管理员已存在或已由系统配置创建，初始设置页面不再开放；请使用管理员账户登录 Camunda Admin 管理用户");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The decoded, normalized path as the servlet container maps it (not the raw URI a client may disguise). */
    private static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }
}
