package cn.xuchang.hrss.subsidy.kernel;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user of an API request: the engine user id and the engine groups. */
public record CurrentUser(String id, Set<String> groups) {

    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录");
        }
        Set<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(authentication.getName(), groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isAdmin() {
        return isIn(Groups.ADMIN);
    }

    public boolean isReviewer() {
        return groups.stream().anyMatch(Groups::isReviewerGroup);
    }
}
