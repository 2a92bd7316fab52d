package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code viewer}: the signed-in account, its role and its rights on news releases, so a client shows only the actions
 * the account has. The rights come from {@link StaffAccess#releaseRights}, the rule the release mutations check.
 */
@Controller
class ViewerController {

    /** The signed-in account as the API describes it. */
    record Viewer(String username, String displayName, List<StaffRole> roles, List<ReleaseRight> releaseRights) {
    }

    private final StaffAccess access;

    ViewerController(StaffAccess access) {
        this.access = access;
    }

    @QueryMapping
    Viewer viewer() {
        return access.current()
                .map(account -> new Viewer(account.username(), account.displayName(), List.of(account.role()),
                        List.copyOf(access.releaseRights(account))))
                .orElse(null);
    }
}
