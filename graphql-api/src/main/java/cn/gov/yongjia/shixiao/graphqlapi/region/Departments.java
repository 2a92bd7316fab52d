package cn.gov.yongjia.shixiao.graphqlapi.region;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The county's departments: a handful of rows, read once and kept in memory. */
@Component
public class Departments {

    private final JdbcClient jdbc;
    private volatile Map<String, Department> byCode;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Department> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (byCode == null) {
            byCode = jdbc.sql("select code, name, name_en from department")
                    .query((rs, n) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .list().stream().collect(Collectors.toUnmodifiableMap(Department::code, Function.identity()));
        }
        return Optional.ofNullable(byCode.get(code));
    }
}
