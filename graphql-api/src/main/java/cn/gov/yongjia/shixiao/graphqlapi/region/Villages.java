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
 * The villages, communities and grid cells below the townships: a few hundred rows, seeded by a migration and
 * replaced by the county's official list through an import. Kept in memory, so that resolving them for a page of
 * businesses (or all villages of every township) costs no query: reloaded when this process imports, and at most a
 * minute after another process (the command-line import) did.
 */
@Component
public class Villages {

    /** What is loaded at once. */
    private record Tree(Map<String, Village> villages, Map<String, List<Village>> byTownship,
                        Map<String, GridCell> cells, Map<String, List<GridCell>> byVillage) {
    }

    private static final long RELOAD_AFTER_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private final JdbcClient jdbc;
    private volatile Tree tree;
    private volatile long loadedAt;

    /** What an import did to one village or grid cell. */
    public enum Change { CREATED, UPDATED, UNCHANGED }

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

    /**
     * Creates or renames a village (in the caller's transaction). Its code stays with its township: moving it to
     * another is refused with {@link IllegalArgumentException}.
     */
    public Change upsertVillage(String code, String townshipCode, String name, VillageKind kind) {
        var current = jdbc.sql("select township_code, name, kind from village where code = :code").param("code", code)
                .query((rs, n) -> new Village(code, rs.getString(1), rs.getString(2), VillageKind.valueOf(rs.getString(3))))
                .optional();
        if (jdbc.sql("select count(*) from village where township_code = :township and name = :name and code <> :code")
                .param("township", townshipCode).param("name", name).param("code", code).query(Long.class).single() > 0) {
            throw new IllegalArgumentException("该乡镇已有同名村（社区）/ Another village of the township has this name");
        }
        if (current.isEmpty()) {
            jdbc.sql("""
                            insert into village (code, township_code, name, kind, position)
                            values (:code, :township, :name, :kind, (select coalesce(max(position), 0) + 1 from village))""")
                    .param("code", code).param("township", townshipCode).param("name", name).param("kind", kind.name()).update();
            reloadAfterCommit();
            return Change.CREATED;
        }
        if (!current.get().townshipCode().equals(townshipCode)) {
            throw new IllegalArgumentException("村（社区）代码属于另一个乡镇 / This village code belongs to another township ("
                    + current.get().townshipCode() + ")");
        }
        if (current.get().name().equals(name) && current.get().kind() == kind) {
            return Change.UNCHANGED;
        }
        jdbc.sql("update village set name = :name, kind = :kind where code = :code")
                .param("code", code).param("name", name).param("kind", kind.name()).update();
        reloadAfterCommit();
        return Change.UPDATED;
    }

    /** Creates or renames a grid cell (in the caller's transaction); it stays with its village. */
    public Change upsertGridCell(String code, String villageCode, String name) {
        var current = jdbc.sql("select village_code, name from grid_cell where code = :code").param("code", code)
                .query((rs, n) -> new GridCell(code, rs.getString(1), rs.getString(2))).optional();
        if (jdbc.sql("select count(*) from grid_cell where village_code = :village and name = :name and code <> :code")
                .param("village", villageCode).param("name", name).param("code", code).query(Long.class).single() > 0) {
            throw new IllegalArgumentException("该村（社区）已有同名网格 / Another grid cell of the village has this name");
        }
        if (current.isEmpty()) {
            jdbc.sql("""
                            insert into grid_cell (code, village_code, name, position)
                            values (:code, :village, :name,
                                (select coalesce(max(position), 0) + 1 from grid_cell where village_code = :village))""")
                    .param("code", code).param("village", villageCode).param("name", name).update();
            reloadAfterCommit();
            return Change.CREATED;
        }
        if (!current.get().villageCode().equals(villageCode)) {
            throw new IllegalArgumentException("网格代码属于另一个村（社区）/ This grid cell code belongs to another village ("
                    + current.get().villageCode() + ")");
        }
        if (current.get().name().equals(name)) {
            return Change.UNCHANGED;
        }
        jdbc.sql("update grid_cell set name = :name where code = :code").param("code", code).param("name", name).update();
        reloadAfterCommit();
        return Change.UPDATED;
    }

    private void reloadAfterCommit() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            tree = null;
                        }
                    });
        } else {
            tree = null;
        }
    }

    private Tree tree() {
        Tree loaded = tree;
        if (loaded == null || System.nanoTime() - loadedAt > RELOAD_AFTER_NANOS) {
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
            loadedAt = System.nanoTime();
            tree = loaded;
        }
        return loaded;
    }
}
