package cn.gov.yongjia.shixiao.graphqlapi.region;

import java.util.List;

import cn.gov.yongjia.shixiao.schema.types.Trade;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

/** Reference data: the townships and the trades with their lead departments. */
@Controller
class RegionController {

    record TradeInfo(Trade trade, String name, String nameEn, Department leadDepartment) {
    }

    private final Townships townships;
    private final Villages villages;
    private final SupervisingOffices offices;
    private final Departments departments;
    private final JdbcClient jdbc;

    RegionController(Townships townships, Villages villages, SupervisingOffices offices, Departments departments,
                     JdbcClient jdbc) {
        this.townships = townships;
        this.villages = villages;
        this.offices = offices;
        this.departments = departments;
        this.jdbc = jdbc;
    }

    @QueryMapping
    List<SupervisingOffice> supervisingOffices() {
        return offices.all();
    }

    /** From memory: listing the villages of every township costs no query. */
    @SchemaMapping(typeName = "Township")
    List<Village> villages(Township township) {
        return villages.ofTownship(township.code());
    }

    @SchemaMapping(typeName = "Village")
    Township township(Village village) {
        return townships.find(village.townshipCode()).orElseThrow();
    }

    @SchemaMapping(typeName = "Village")
    List<GridCell> gridCells(Village village) {
        return villages.gridCellsOf(village.code());
    }

    @SchemaMapping(typeName = "GridCell")
    Village village(GridCell cell) {
        return villages.find(cell.villageCode()).orElseThrow();
    }

    @SchemaMapping(typeName = "SupervisingOffice")
    Department department(SupervisingOffice office) {
        return departments.find(office.departmentCode()).orElseThrow();
    }

    @QueryMapping
    List<Township> townships() {
        return townships.all();
    }

    @QueryMapping
    List<TradeInfo> trades() {
        return jdbc.sql("""
                        select t.code, t.name, t.name_en, d.code as d_code, d.name as d_name, d.name_en as d_name_en
                        from trade t join trade_lead l on l.trade = t.code join department d on d.code = l.department_code
                        order by t.position""")
                .query((rs, n) -> new TradeInfo(Trade.valueOf(rs.getString("code")), rs.getString("name"),
                        rs.getString("name_en"),
                        new Department(rs.getString("d_code"), rs.getString("d_name"), rs.getString("d_name_en"))))
                .list();
    }
}
