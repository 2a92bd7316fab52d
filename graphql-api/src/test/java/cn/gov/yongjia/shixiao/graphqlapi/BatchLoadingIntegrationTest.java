package cn.gov.yongjia.shixiao.graphqlapi;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.business.NewBusiness;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.Inspection;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.InspectionRecords;
import cn.gov.yongjia.shixiao.graphqlapi.inspection.NewInspection;
import cn.gov.yongjia.shixiao.schema.types.Correction;
import cn.gov.yongjia.shixiao.schema.types.InspectionKind;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;
import cn.gov.yongjia.shixiao.schema.types.RiskClass;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No N+1: the partner query (businesses → rating → last three inspections → violations) costs the same few
 * statements for 10 businesses as for 100.
 */
@PlatformIntegrationTest
@Import(StatementLog.Config.class)
class BatchLoadingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    BusinessRegistry businesses;

    @Autowired
    InspectionRecords inspections;

    @Autowired
    StatementLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nestedQueriesCostTheSameNumberOfStatementsWhateverThePageSize() {
        addBusinessesWithInspections(100);
        // let the search indexing of those registrations finish first: it reads businesses in the background
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
        statementsFor(1); // warms the caches of reference data (townships), which are read once per application

        // the fewer of two runs: a statement of some background task cannot pass for an N+1, and an N+1 shows in both
        List<String> forTen = fewer(statementsFor(10), statementsFor(10));
        List<String> forHundred = fewer(statementsFor(100), statementsFor(100));

        assertThat(forHundred).as("statements for 100 businesses, against those for 10: %s", forTen).hasSameSizeAs(forTen);
        assertThat(forTen).as("keys + count + rows + rating + inspections + violations").hasSizeLessThanOrEqualTo(6);

        // where each sits and who supervises it, its plan, abnormal listings and joint inspection departments
        supervisedStatementsFor(1);
        List<String> supervisedTen = fewer(supervisedStatementsFor(10), supervisedStatementsFor(10));
        List<String> supervisedHundred = fewer(supervisedStatementsFor(100), supervisedStatementsFor(100));
        assertThat(supervisedHundred).as("statements for 100 businesses, against those for 10: %s", supervisedTen)
                .hasSameSizeAs(supervisedTen);
        assertThat(supervisedTen).as("keys + count + rows + next due + listings + inspections + departments")
                .hasSizeLessThanOrEqualTo(7);

        // nodes(ids): one read of the businesses for all of them, whatever their number
        List<String> ids = jdbc.sql("select id from business where name like '批量测试店%' order by id limit 50")
                .query(Long.class).list().stream()
                .map(key -> java.util.Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(("Business:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .toList();
        log.clear();
        StaffClients.anonymous(port).documentName("nodes").variable("ids", ids).execute()
                .path("nodes[*].id").entityList(String.class).containsExactly(ids.toArray(String[]::new));
        assertThat(log.statements()).as("50 businesses by ID").hasSize(1)
                .singleElement().satisfies(sql -> assertThat(sql).contains("from business where id = any"));

        log.clear();
        StaffClients.anonymous(port).documentName("administrativeTree").execute().path("townships").entityList(Object.class).hasSize(19);
        assertThat(log.statements()).as("villages, grid cells and offices are held in memory").isEmpty();
    }

    private List<String> supervisedStatementsFor(int first) {
        log.clear();
        StaffClients.anonymous(port).documentName("supervisedPage").variable("first", first).execute()
                .path("businesses.edges").entityList(Object.class).hasSize(first)
                .path("businesses.edges[0].node.village.code").entity(String.class).isEqualTo("BILIAN_02")
                .path("businesses.edges[0].node.gridCell.code").entity(String.class).isEqualTo("BILIAN_02_G1")
                .path("businesses.edges[0].node.supervisingOffice.code").entity(String.class).isEqualTo("AMR_YANTOU")
                .path("businesses.edges[0].node.nextInspectionDue").hasValue()
                .path("businesses.edges[0].node.inspections[0].departments").entityList(Object.class).hasSize(2);
        return log.statements();
    }

    private static List<String> fewer(List<String> a, List<String> b) {
        return a.size() <= b.size() ? a : b;
    }

    private List<String> statementsFor(int first) {
        log.clear();
        StaffClients.anonymous(port).documentName("partnerPage").variable("first", first).execute()
                .path("businesses.edges").entityList(Object.class).hasSize(first)
                .path("businesses.edges[0].node.inspections").entityList(Object.class).hasSize(3)
                .path("businesses.edges[0].node.inspections[0].violations").entityList(Object.class).hasSize(2)
                .path("businesses.edges[0].node.rating.grade").hasValue();
        return log.statements();
    }

    private void addBusinessesWithInspections(int count) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < count; i++) {
            long key = businesses.register(new NewBusiness("批量测试店" + i, Trade.RESTAURANT, null, null, null, null,
                    "BILIAN", null, false, null, null, "BILIAN_02", "BILIAN_02_G1"), false, "test").business().key();
            businesses.setSupervision(key, RiskClass.C, "AMR_YANTOU", null, "test");
            for (int months = 12; months >= 0; months -= 4) {
                Inspection draft = inspections.record(new NewInspection(key, today.minusMonths(months),
                        InspectionKind.ROUTINE_PATROL, "MARKET_REGULATION", null, List.of(), 35, 25, 25,
                        new Inspection.OwnerDuties(true, true, true, true), InspectionOutcome.COMPLIANT, null, null,
                        List.of(new NewInspection.Finding("H03", "2026.1", null, Correction.ON_THE_SPOT, null),
                                new NewInspection.Finding("F03", "2026.1", null, Correction.ON_THE_SPOT, null)),
                        List.of("HEALTH")),
                        "test", false).inspection();
                inspections.publish(draft.key(), "test");
            }
        }
    }
}
