package cn.xuchang.hrss.subsidy.efile;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's e-file for the reviewers, opened from the review forms in Tasklist (a link per person on the hiring,
 * referral and evaluation forms). The caller is the user logged in to the webapps in this HTTP session (Tasklist takes
 * no HTTP Basic): reviewers and administrators read any person's e-file; anyone else is told it does not exist (404),
 * without a webapp login 401.
 */
@Controller
class EFileReviewPages {

    static final String ENGINE = "default";
    static final String PATH = "/review-files/persons/";

    private final EFiles files;

    EFileReviewPages(EFiles files) {
        this.files = files;
    }

    @GetMapping(PATH + "{idNumber}/e-file")
    String page(@PathVariable String idNumber, HttpServletRequest request, Model model) {
        model.addAttribute("efile", read(idNumber, request));
        return "efile/review";
    }

    @GetMapping(PATH + "{idNumber}/e-file.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String idNumber, HttpServletRequest request) {
        EFile file = read(idNumber, request);
        return EFileController.pdf(file.idNumber(), files.pdf(file));
    }

    private EFile read(String idNumber, HttpServletRequest request) {
        UserAuthentication user = webappUser(request.getSession(false));
        if (user == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录任务列表（Tasklist）再查看电子档案");
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
        // only workflow users here: a worker reads their own e-file in the portal, not through a webapp session
        List<String> staff = Groups.isWorkflowUser(groups) ? groups : List.of();
        return files.read(idNumber, user.getIdentityId(), staff);
    }

    private static UserAuthentication webappUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        return AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(ENGINE)
                        instanceof UserAuthentication login
                ? login
                : null;
    }
}
