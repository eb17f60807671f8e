package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.kernel.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may enter the engine's APIs at all: {@code /engine-rest/**} and the webapps' own {@code /camunda/api/**} serve
 * workflow users only (administrators, reviewers, experts). Any other logged-in account, an applicant above all, is
 * answered 403 {@code ENGINE_API_FORBIDDEN} on every path and method there, and gets no webapp session: its login to
 * Tasklist, Cockpit or Admin is refused too. Applicants act through our API and the portal only. What a workflow user
 * may do inside is the engine's authorizations' business.
 *
 * <p>Runs after the engine's REST authentication, so the caller of {@code /engine-rest} is the user the engine has just
 * authenticated; the webapps' caller is the user of the webapp session. A request without valid credentials passes on
 * and keeps the 401 of the engine or the webapp. A password is checked here only for an account that is refused
 * anyway, so no password is checked twice.
 */
class EngineApiPerimeter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?$");
    private static final String DETAIL = "流程引擎接口只供审核人员、评审专家和管理员使用；申请人请通过本系统的业务接口（/api/v1）或申请人门户办理";

    private final IdentityService identity;
    private final ObjectMapper json;

    EngineApiPerimeter(IdentityService identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
            String user = request.getParameter("username");
            if (user != null && !Groups.isWorkflowUser(groupsOf(user))) {
                if (checkPassword(user, request.getParameter("password"))) {
                    forbid(response);
                } else {
                    // as the webapp answers a wrong password: nothing tells an applicant's account from an unknown one
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                }
                return;
            }
        } else if (isRefused(request, path)) {
            forbid(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isRefused(HttpServletRequest request, String path) {
        Authentication engineCaller = identity.getCurrentAuthentication();
        if (path.startsWith("/engine-rest") && engineCaller != null) {
            return !Groups.isWorkflowUser(engineCaller.getGroupIds());
        }
        if (isRefusedInSession(request.getSession(false))) {
            return true;
        }
        // not authenticated by the engine (/engine-rest/engine) or the webapps (which take no HTTP Basic): an
        // applicant's valid credentials are refused all the same
        String[] basic = basicCredentials(request);
        return basic != null && !Groups.isWorkflowUser(groupsOf(basic[0])) && checkPassword(basic[0], basic[1]);
    }

    /** The webapps' logins of this session (none without a session: it is not created here). */
    private static boolean isRefusedInSession(HttpSession session) {
        if (session == null) {
            return false;
        }
        Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
        for (UserAuthentication login : webapp.getAuthentications()) {
            if (!Groups.isWorkflowUser(login.getGroupIds())) {
                return true;
            }
        }
        return false;
    }

    private boolean checkPassword(String user, String password) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return password != null && identity.checkPassword(user, password);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /** The user's groups, read as the system: the caller need not be allowed to read groups. */
    private Collection<String> groupsOf(String user) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            List<String> groups = new ArrayList<>();
            for (Group group : identity.createGroupQuery().groupMember(user).list()) {
                groups.add(group.getId());
            }
            return groups;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static String[] basicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void forbid(HttpServletResponse response) throws IOException {
        Problems.write(response, json, HttpStatus.FORBIDDEN, "ENGINE_API_FORBIDDEN", DETAIL);
    }
}
