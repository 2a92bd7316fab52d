package cn.gov.yongjia.shixiao.graphqlapi.dataimport;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports are checked row by row, applied all or nothing, and idempotent. Uses the townships 大若岩 and 碧莲 only. */
@PlatformIntegrationTest
class ImportIntegrationTest {

    private static final String HEADER = "source_id,name,trade,shop_sign_name,credit_code,address,township_code,latitude,longitude,owner_name\n";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    HttpGraphQlTester admin;
    String source;

    @BeforeEach
    void setUp() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
        source = "T" + System.nanoTime();
    }

    private GraphQlTester.Response importing(String kind, String format, String content) {
        return admin.documentName("importRegister").variable("kind", kind).variable("format", format)
                .variable("sourceSystem", source).variable("content", content).execute();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("source", source).query(Long.class).single();
    }

    private String businesses(String secondName) {
        return HEADER
                + "s1,大若岩导入面馆,RESTAURANT,阿宝面馆,,大若岩镇 1 号,DARUOYAN,28.27,120.73,王一\n"
                + "s2," + secondName + ",HOTEL,,,碧莲镇 2 号,BILIAN,28.35,120.74,李二\n"
                + "s3,碧莲导入诊所,CLINIC,,,,BILIAN,,,\n";
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowUpdatesOnlyIt() {
        importing("BUSINESSES", "CSV", businesses("碧莲导入旅馆")).path("importRegister.applied").entity(Boolean.class).isEqualTo(true)
                .path("importRegister.created").entity(Integer.class).isEqualTo(3);
        long audited = count("select count(*) from audit_entry");
        long versions = count("select sum(version) from business where source_system = :source");

        importing("BUSINESSES", "CSV", businesses("碧莲导入旅馆")).path("importRegister.unchanged").entity(Integer.class).isEqualTo(3)
                .path("importRegister.created").entity(Integer.class).isEqualTo(0)
                .path("importRegister.updated").entity(Integer.class).isEqualTo(0);
        assertThat(count("select count(*) from audit_entry")).isEqualTo(audited);
        assertThat(count("select sum(version) from business where source_system = :source")).isEqualTo(versions);

        importing("BUSINESSES", "CSV", businesses("碧莲导入宾馆")).path("importRegister.updated").entity(Integer.class).isEqualTo(1)
                .path("importRegister.unchanged").entity(Integer.class).isEqualTo(2);
        assertThat(jdbc.sql("select name from business where source_system = :source and source_id = 's2'")
                .param("source", source).query(String.class).single()).isEqualTo("碧莲导入宾馆");
        assertThat(count("select count(*) from business where source_system = :source")).isEqualTo(3);
    }

    @Test
    void oneBadRowRefusesTheWholeFileAndSaysWhere() {
        String file = HEADER
                + "b1,大若岩好店,RESTAURANT,,,,DARUOYAN,,,\n"
                + "b2,大若岩坏店,RESTAURANT,,91110000600037341A,,DARUOYAN,,,\n"
                + "b3,,KARAOKE,,,,NOWHERE,,,\n"
                + "b4,大若岩店,SPACESHIP,,,,DARUOYAN,,,\n";
        var report = importing("BUSINESSES", "CSV", file);
        report.path("importRegister.applied").entity(Boolean.class).isEqualTo(false)
                .path("importRegister.rows").entity(Integer.class).isEqualTo(4)
                .path("importRegister.errors[*].row").entityList(Integer.class).containsExactly(2, 3, 3, 4)
                .path("importRegister.errors[*].field").entityList(String.class)
                .containsExactly("credit_code", "name", "township_code", "trade");
        assertThat(count("select count(*) from business where source_system = :source")).isZero();
        assertThat(count("select count(*) from business where name = '大若岩好店'")).isZero();
    }

    @Test
    void jsonWorksLikeCsv() {
        String json = """
                [{"source_id": "j1", "name": "碧莲 JSON 小吃", "trade": "RESTAURANT", "township_code": "BILIAN",
                  "latitude": 28.35, "longitude": 120.74, "private_residence": true}]""";
        importing("BUSINESSES", "JSON", json).path("importRegister.created").entity(Integer.class).isEqualTo(1);
        importing("BUSINESSES", "JSON", json).path("importRegister.unchanged").entity(Integer.class).isEqualTo(1);
        assertThat(jdbc.sql("select private_residence from business where source_system = :source").param("source", source)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void inspectionsAreImportedOnceAndNeverRewritten() {
        importing("BUSINESSES", "CSV", HEADER + "i1,大若岩导入小吃,RESTAURANT,,,,DARUOYAN,,,\n")
                .path("importRegister.applied").entity(Boolean.class).isEqualTo(true);
        String inspections = "source_id,business_source_id,inspected_on,kind,hygiene_score,facilities_score,management_score,"
                + "duty_purchase_acceptance,duty_ledger,duty_certificates,duty_quality_commitment,outcome,violations\n"
                + "x1,i1," + TODAY.minusDays(9) + ",ROUTINE_PATROL,36,27,27,true,true,true,true,COMPLIANT,H03:ON_THE_SPOT\n";
        importing("INSPECTIONS", "CSV", inspections).path("importRegister.created").entity(Integer.class).isEqualTo(1);
        importing("INSPECTIONS", "CSV", inspections).path("importRegister.unchanged").entity(Integer.class).isEqualTo(1);
        assertThat(count("select count(*) from inspection where source_system = :source and publication_status = 'PUBLISHED'"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select v.code from inspection_violation v join inspection i on i.id = v.inspection_id "
                + "where i.source_system = :source").param("source", source).query(String.class).list()).containsExactly("H03");

        importing("INSPECTIONS", "CSV", inspections.replace(",36,", ",20,"))
                .path("importRegister.applied").entity(Boolean.class).isEqualTo(false)
                .path("importRegister.errors[0].field").entity(String.class).isEqualTo("source_id");
    }

    @Test
    void villageGridCellRiskClassOfficeAndJointDepartmentsAreImportedAndReimportingChangesNothing() {
        String file = "source_id,name,trade,township_code,village_code,grid_cell_code,risk_class,supervising_office_code\n"
                + "v1,碧莲网格小吃,RESTAURANT,BILIAN,BILIAN_02,BILIAN_02_G2,D,AMR_YANTOU\n"
                + "v2,碧莲网格旅馆,HOTEL,BILIAN,BILIAN_03,,A,\n";
        importing("BUSINESSES", "CSV", file).path("importRegister.applied").entity(Boolean.class).isEqualTo(true)
                .path("importRegister.created").entity(Integer.class).isEqualTo(2);
        assertThat(jdbc.sql("select village_code || '/' || grid_cell_code || '/' || risk_class || '/' || supervising_office_code "
                + "from business where source_system = :source and source_id = 'v1'").param("source", source)
                .query(String.class).single()).isEqualTo("BILIAN_02/BILIAN_02_G2/D/AMR_YANTOU");
        long versions = count("select sum(version) from business where source_system = :source");
        importing("BUSINESSES", "CSV", file).path("importRegister.unchanged").entity(Integer.class).isEqualTo(2);
        assertThat(count("select sum(version) from business where source_system = :source")).isEqualTo(versions);
        importing("BUSINESSES", "CSV", file.replace(",D,AMR_YANTOU", ",C,AMR_YANTOU"))
                .path("importRegister.updated").entity(Integer.class).isEqualTo(1)
                .path("importRegister.unchanged").entity(Integer.class).isEqualTo(1);

        String inspections = "source_id,business_source_id,inspected_on,kind,department_code,joint_department_codes,"
                + "hygiene_score,facilities_score,management_score,outcome\n"
                + "jv1,v1," + TODAY.minusDays(3) + ",JOINT_ENFORCEMENT,MARKET_REGULATION,PUBLIC_SECURITY;HEALTH,36,27,27,COMPLIANT\n";
        importing("INSPECTIONS", "CSV", inspections).path("importRegister.created").entity(Integer.class).isEqualTo(1);
        assertThat(jdbc.sql("select d.department_code from inspection_department d join inspection i on i.id = d.inspection_id "
                        + "where i.source_system = :source and not d.lead order by 1").param("source", source)
                .query(String.class).list()).containsExactly("HEALTH", "PUBLIC_SECURITY");
        importing("INSPECTIONS", "CSV", inspections).path("importRegister.unchanged").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aVillageOfAnotherTownshipOrAnUnknownOfficeRefusesTheFile() {
        String file = "source_id,name,trade,township_code,village_code,risk_class,supervising_office_code\n"
                + "w1,碧莲错村小吃,RESTAURANT,BILIAN,OUBEI_01,,\n"
                + "w2,碧莲错所小吃,RESTAURANT,BILIAN,,B,NO_SUCH_OFFICE\n"
                + "w3,碧莲错级小吃,RESTAURANT,BILIAN,,E,\n";
        importing("BUSINESSES", "CSV", file).path("importRegister.applied").entity(Boolean.class).isEqualTo(false)
                .path("importRegister.errors[*].row").entityList(Integer.class).containsExactly(1, 2, 3)
                .path("importRegister.errors[*].field").entityList(String.class)
                .containsExactly("village_code", "supervising_office_code", "risk_class");
        assertThat(count("select count(*) from business where source_system = :source")).isZero();
    }

    @Test
    void theCountysListOfVillagesAndGridCellsIsImportedOnceAndThenUsable() {
        String file = "township_code,village_code,village_name,village_kind,grid_cell_code,grid_cell_name\n"
                + "BILIAN,BILIAN_T1,碧莲导入村,VILLAGE,BILIAN_T1_G1,碧莲导入村第一网格\n"
                + "BILIAN,BILIAN_T1,碧莲导入村,VILLAGE,BILIAN_T1_G2,碧莲导入村第二网格\n"
                + "BILIAN,BILIAN_01,碧莲社区,COMMUNITY,,\n";
        String village = "BILIAN_T1";
        importing("VILLAGES", "CSV", file).path("importRegister.applied").entity(Boolean.class).isEqualTo(true)
                .path("importRegister.created").entity(Integer.class).isEqualTo(2)
                .path("importRegister.unchanged").entity(Integer.class).isEqualTo(1);
        importing("VILLAGES", "CSV", file).path("importRegister.unchanged").entity(Integer.class).isEqualTo(3);
        importing("VILLAGES", "CSV", file.replace("碧莲导入村第二网格", "碧莲导入村二号网格"))
                .path("importRegister.updated").entity(Integer.class).isEqualTo(1);
        StaffClients.anonymous(port).document("{ townships { code villages { code gridCells { code name } } } }").execute()
                .path("townships[?(@.code == 'BILIAN')].villages[?(@.code == '" + village + "')].gridCells[*].name")
                .entityList(String.class).containsExactly("碧莲导入村第一网格", "碧莲导入村二号网格");

        importing("BUSINESSES", "CSV", "source_id,name,trade,township_code,village_code,grid_cell_code\n"
                + "g1,碧莲导入村小吃,RESTAURANT,BILIAN," + village + "," + village + "_G2\n")
                .path("importRegister.applied").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void aVillageListWithAMovedCodeOrAnUnknownTownshipIsRefused() {
        String file = "township_code,village_code,village_name,village_kind,grid_cell_code,grid_cell_name\n"
                + "BILIAN,OUBEI_01,罗浮社区,COMMUNITY,,\n"
                + "NOWHERE,NOWHERE_01,无名村,VILLAGE,,\n"
                + "BILIAN,BILIAN_02,碧莲错格村,VILLAGE,OUBEI_01_G1,罗浮第一网格\n"
                + "BILIAN,BILIAN_02,碧莲社区,VILLAGE,,\n"
                + "BILIAN,bad code,碧莲坏码村,HAMLET,,\n";
        importing("VILLAGES", "CSV", file).path("importRegister.applied").entity(Boolean.class).isEqualTo(false)
                .path("importRegister.errors[*].row").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5)
                .path("importRegister.errors[*].field").entityList(String.class)
                .containsExactly("village_code", "township_code", "grid_cell_code", "village_code", "village_code");
        assertThat(jdbc.sql("select name from village where code = 'BILIAN_02'").query(String.class).single())
                .isNotEqualTo("碧莲错格村");
    }

    @Test
    void onlyTheCountyImports() {
        StaffClients.as(port, StaffClients.POLICE_INSPECTOR).documentName("importRegister").variable("kind", "BUSINESSES")
                .variable("format", "CSV").variable("sourceSystem", source).variable("content", HEADER).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
    }
}
