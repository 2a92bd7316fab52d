package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member and the scope they act in.
 *
 * @param departmentCode for a department inspector, the department whose trades they supervise
 * @param townshipCode   for a township officer, their township
 * @param businessKey    for an owner, their business
 */
public record StaffMember(long id, String username, String passwordHash, String displayName, StaffRole role,
                          String departmentCode, String townshipCode, Long businessKey, boolean enabled)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role == StaffRole.OWNER
                ? List.of(new SimpleGrantedAuthority("ROLE_OWNER"))
                : List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Staff keep the register; an owner account is not staff. */
    public boolean isStaff() {
        return role != StaffRole.OWNER;
    }

    @Override
    public String toString() {
        return "StaffMember[" + username + ", " + role + "]"; // never the hash
    }
}
