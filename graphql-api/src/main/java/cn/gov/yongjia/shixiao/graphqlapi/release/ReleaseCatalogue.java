package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The issuing bodies and the managed list of topic categories (small tables, read whole). */
@Component
public class ReleaseCatalogue {

    /** An issuing body (发布机构) and the code its index numbers start with. */
    public record Issuer(String code, String indexCode, String name, String nameEn) {
    }

    /** A topic category (主题分类). */
    public record Category(String code, String name, String nameEn) {
    }

    private final JdbcClient jdbc;

    ReleaseCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Issuer> issuers() {
        return jdbc.sql("select code, index_code, name, name_en from release_issuer order by index_code")
                .query((rs, n) -> new Issuer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public List<Category> categories() {
        return jdbc.sql("select code, name, name_en from release_category order by position, code")
                .query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<Issuer> issuer(String code) {
        return issuers().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<Category> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    Map<String, Issuer> issuersByCode() {
        return issuers().stream().collect(Collectors.toMap(Issuer::code, Function.identity()));
    }

    Map<String, Category> categoriesByCode() {
        return categories().stream().collect(Collectors.toMap(Category::code, Function.identity()));
    }

    /** Adds a category at the end of the list; false when the code or name is taken. */
    boolean define(String code, String name, String nameEn) {
        return jdbc.sql("""
                        insert into release_category (code, name, name_en, position)
                        values (:code, :name, :nameEn, (select coalesce(max(position), 0) + 1 from release_category))
                        on conflict do nothing""")
                .param("code", code).param("name", name).param("nameEn", nameEn).update() == 1;
    }
}
