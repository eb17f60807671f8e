package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a portal page is shown as a page in Chinese with the same message (and, for a roster, every bad cell
 * with its row and column) that the API would give as problem JSON; nothing was stored.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException e) {
        ModelAndView page = new ModelAndView("portal/message");
        page.setStatus(e.status());
        page.addObject("title", Problems.titleFor(e.status()));
        page.addObject("message", e.getMessage());
        page.addObject("errors", e.properties().get("errors"));
        return page;
    }
}
