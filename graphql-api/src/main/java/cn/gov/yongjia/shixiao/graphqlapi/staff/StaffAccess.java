package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.yongjia.shixiao.graphqlapi.api.AccessRefusedException;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change what, following the county document: the county administrator everything, a department inspector
 * the businesses of the trades the department leads, a township officer those of the township. A refused change
 * throws before anything is written.
 */
@Component
public class StaffAccess {

    private final JdbcClient jdbc;
    private final Map<String, String> leadDepartmentByTrade = new ConcurrentHashMap<>();

    StaffAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in staff member; an owner account is refused. */
    public StaffMember requireStaff() {
        StaffMember member = current().orElseThrow(AccessRefusedException::notSignedIn);
        if (!member.isStaff()) {
            throw AccessRefusedException.outOfScope("业主账号只能回应评级 / An owner account can only reply to its rating");
        }
        return member;
    }

    /** The signed-in account (staff or owner), if any. */
    public java.util.Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffMember member) {
            return java.util.Optional.of(member);
        }
        return java.util.Optional.empty();
    }

    /** Whether the request is signed in as staff (who may see private fields); owners are not staff. */
    public boolean isStaff() {
        return current().map(StaffMember::isStaff).orElse(false);
    }

    /** The signed-in county administrator. */
    public StaffMember requireCountyAdmin() {
        StaffMember staff = requireStaff();
        if (staff.role() != StaffRole.COUNTY_ADMIN) {
            throw AccessRefusedException.outOfScope("仅县级管理员可查看 / County administrators only");
        }
        return staff;
    }

    /**
     * The signed-in staff member, if they may act on a business of this trade in this township ({@code null} when
     * the business has no township on record yet).
     */
    public StaffMember requireMayActOn(Trade trade, String townshipCode) {
        StaffMember staff = requireStaff();
        switch (staff.role()) {
            case COUNTY_ADMIN -> {
            }
            case DEPARTMENT_INSPECTOR -> {
                if (!staff.departmentCode().equals(leadDepartment(trade))) {
                    throw AccessRefusedException.outOfScope("您的部门不牵头该行业 / Your department does not lead the trade "
                            + trade.name());
                }
            }
            case TOWNSHIP_OFFICER -> {
                if (townshipCode == null || !staff.townshipCode().equals(townshipCode)) {
                    throw AccessRefusedException.outOfScope("该经营主体不在您的乡镇 / The business is not in your township");
                }
            }
            case PRESS_OFFICER -> throw AccessRefusedException.outOfScope(
                    "新闻发布人员不处理经营主体 / Press officers do not act on businesses");
            case OWNER -> throw new IllegalStateException("requireStaff() refuses owners");
        }
        return staff;
    }

    /**
     * The signed-in staff member, if they hold this right on news releases (county administrators hold both).
     */
    public StaffMember requireReleaseRight(ReleaseRight right) {
        StaffMember staff = requireStaff();
        if (!hasReleaseRight(staff, right)) {
            throw AccessRefusedException.outOfScope(right == ReleaseRight.EDIT
                    ? "您没有编辑发布的权限 / You may not write releases"
                    : "您没有发布的权限 / You may not publish releases");
        }
        return staff;
    }

    /** Whether the signed-in account may see unpublished releases: staff with a right on releases. */
    public boolean mayReadReleaseDrafts() {
        return current().filter(StaffMember::isStaff)
                .map(staff -> hasReleaseRight(staff, ReleaseRight.EDIT) || hasReleaseRight(staff, ReleaseRight.PUBLISH))
                .orElse(false);
    }

    /**
     * The rights this account holds on news releases: both for a county administrator, those given to the account
     * for other staff, none for an owner. The one rule behind {@link #requireReleaseRight} and the {@code viewer} query.
     */
    public java.util.Set<ReleaseRight> releaseRights(StaffMember account) {
        if (!account.isStaff()) {
            return java.util.EnumSet.noneOf(ReleaseRight.class);
        }
        if (account.role() == StaffRole.COUNTY_ADMIN) {
            return java.util.EnumSet.allOf(ReleaseRight.class);
        }
        var rights = java.util.EnumSet.noneOf(ReleaseRight.class);
        jdbc.sql("select release_right from staff_release_right where username = :username")
                .param("username", account.username())
                .query(String.class).list()
                .forEach(right -> rights.add(ReleaseRight.valueOf(right)));
        return rights;
    }

    private boolean hasReleaseRight(StaffMember staff, ReleaseRight right) {
        return releaseRights(staff).contains(right);
    }

    private String leadDepartment(Trade trade) {
        return leadDepartmentByTrade.computeIfAbsent(trade.name(), name -> jdbc
                .sql("select department_code from trade_lead where trade = :trade")
                .param("trade", name)
                .query(String.class)
                .single());
    }
}
