package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts, with passwords stored only as salted hashes (bcrypt through a delegating encoder). */
@Repository
public class StaffAccounts implements UserDetailsService {

    private static final String COLUMNS = "id, username, password_hash, display_name, role, department_code, township_code, business_id, enabled";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public StaffMember loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
    }

    public Optional<StaffMember> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where username = :username")
                .param("username", username)
                .query(StaffAccounts::map)
                .optional();
    }

    /** Creates the account unless one with that name exists (idempotent, for seeding). */
    @Transactional
    public void createIfMissing(String username, String rawPassword, String displayName, StaffRole role,
                                String departmentCode, String townshipCode, boolean demo) {
        createIfMissing(username, rawPassword, displayName, role, departmentCode, townshipCode, null, demo);
    }

    /** Creates an owner's account for their business unless one with that name exists. */
    @Transactional
    public void createOwnerIfMissing(String username, String rawPassword, String displayName, long businessKey, boolean demo) {
        createIfMissing(username, rawPassword, displayName, StaffRole.OWNER, null, null, businessKey, demo);
    }

    /** Gives the account these rights on news releases (idempotent). */
    @Transactional
    public void grantReleaseRights(String username, ReleaseRight... rights) {
        for (ReleaseRight right : rights) {
            jdbc.sql("""
                    insert into staff_release_right (username, release_right) values (:username, :right)
                    on conflict do nothing""")
                    .param("username", username)
                    .param("right", right.name())
                    .update();
        }
    }

    private void createIfMissing(String username, String rawPassword, String displayName, StaffRole role,
                                 String departmentCode, String townshipCode, Long businessKey, boolean demo) {
        if (find(username).isPresent()) {
            return;
        }
        jdbc.sql("""
                insert into staff_account (username, password_hash, display_name, role, department_code, township_code,
                    business_id, demo)
                values (:username, :hash, :displayName, :role, :department, :township, :business, :demo)""")
                .param("username", username)
                .param("hash", passwords.encode(rawPassword))
                .param("displayName", displayName)
                .param("role", role.name())
                .param("department", departmentCode)
                .param("township", townshipCode)
                .param("business", businessKey)
                .param("demo", demo)
                .update();
    }

    private static StaffMember map(ResultSet rs, int row) throws SQLException {
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), StaffRole.valueOf(rs.getString("role")), rs.getString("department_code"),
                rs.getString("township_code"), (Long) rs.getObject("business_id"), rs.getBoolean("enabled"));
    }
}
