package cn.gov.yongjia.shixiao.graphqlapi.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.schema.types.VillageKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The villages, communities and grid cells below the townships: a few hundred rows, changed only by a migration,
 * read once and kept in memory, so that resolving them for a page of businesses (or all villages of every township)
 * costs no query at all.
 */
@Component
public class Villages {

    /** What is loaded at once. */
    private record Tree(Map<String, Village> villages, Map<String, List<Village>> byTownship,
                        Map<String, GridCell> cells, Map<String, List<GridCell>> byVillage) {
    }

    private final JdbcClient jdbc;
    private volatile Tree tree;

    Villages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Village> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(tree().villages().get(code));
    }

    public Optional<GridCell> findGridCell(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(tree().cells().get(code));
    }

    /** The villages of a township, in their official order. */
    public List<Village> ofTownship(String townshipCode) {
        return tree().byTownship().getOrDefault(townshipCode, List.of());
    }

    /** The grid cells of a village, in their order. */
    public List<GridCell> gridCellsOf(String villageCode) {
        return tree().byVillage().getOrDefault(villageCode, List.of());
    }

    private Tree tree() {
        Tree loaded = tree;
        if (loaded == null) {
            List<Village> villages = jdbc.sql("select code, township_code, name, kind from village order by position")
                    .query((rs, n) -> new Village(rs.getString(1), rs.getString(2), rs.getString(3),
                            VillageKind.valueOf(rs.getString(4))))
                    .list();
            List<GridCell> cells = jdbc.sql("select code, village_code, name from grid_cell order by village_code, position")
                    .query((rs, n) -> new GridCell(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .list();
            loaded = new Tree(villages.stream().collect(Collectors.toUnmodifiableMap(Village::code, Function.identity())),
                    villages.stream().collect(Collectors.groupingBy(Village::townshipCode)),
                    cells.stream().collect(Collectors.toUnmodifiableMap(GridCell::code, Function.identity())),
                    cells.stream().collect(Collectors.groupingBy(GridCell::villageCode)));
            tree = loaded;
        }
        return loaded;
    }
}
