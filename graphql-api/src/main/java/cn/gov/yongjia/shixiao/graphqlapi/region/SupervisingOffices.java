package cn.gov.yongjia.shixiao.graphqlapi.region;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The supervising offices: a handful of rows, read once and kept in memory. */
@Component
public class SupervisingOffices {

    private final JdbcClient jdbc;
    private volatile List<SupervisingOffice> all;

    SupervisingOffices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SupervisingOffice> all() {
        List<SupervisingOffice> loaded = all;
        if (loaded == null) {
            loaded = jdbc.sql("select code, name, name_en, department_code from supervising_office order by position")
                    .query((rs, n) -> new SupervisingOffice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .list();
            all = loaded;
        }
        return loaded;
    }

    public Optional<SupervisingOffice> find(String code) {
        return code == null ? Optional.empty() : all().stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
