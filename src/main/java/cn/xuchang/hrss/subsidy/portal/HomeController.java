package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The system's home page (login for applicants, the public pages, the staff entrance) and the way to one's desk. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object error = session == null ? null : session.getAttribute("loginError");
        if (error != null) {
            model.addAttribute("loginError", error);
            model.addAttribute("loginUser", session.getAttribute("loginUser"));
            session.removeAttribute("loginError");
            session.removeAttribute("loginUser");
        }
        return "portal/home";
    }

    /** After login: the desk of the applicant's kind. */
    @GetMapping("/portal")
    String desk() {
        CurrentUser user = CurrentUser.get();
        if (user.isIn(Groups.ENTERPRISE)) {
            return "redirect:/portal/enterprise";
        }
        if (user.isIn(Groups.AGENCY)) {
            return "redirect:/portal/agency";
        }
        if (user.isIn(Groups.INSTITUTION)) {
            return "redirect:/portal/institution";
        }
        return "redirect:/portal/worker";
    }
}
