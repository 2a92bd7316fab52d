package cn.gov.yongjia.shixiao.graphqlapi.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Villages, communities and grid cells below the townships, and businesses placed in them. Uses 北城 only. */
@PlatformIntegrationTest
class VillageIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    HttpGraphQlTester admin;

    @BeforeEach
    void clients() {
        StaffClients.ensureAccounts(accounts);
        admin = StaffClients.as(port, StaffClients.ADMIN);
    }

    private GraphQlTester.Response register(String name, String township, String village, String gridCell) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("trade", "BARBERSHOP");
        input.put("townshipCode", township);
        input.put("villageCode", village);
        input.put("gridCellCode", gridCell);
        return admin.documentName("registerFullBusiness").variable("input", input).execute();
    }

    @Test
    void everyTownshipHasVillagesDividedIntoGridCells() {
        GraphQlTester.Response tree = StaffClients.anonymous(port).documentName("administrativeTree").execute();

        tree.path("townships").entityList(Object.class).hasSize(19);
        tree.path("townships[0].code").entity(String.class).isEqualTo("BEICHENG")
                .path("townships[0].villages[0].code").entity(String.class).isEqualTo("BEICHENG_01")
                .path("townships[0].villages[0].name").entity(String.class).isEqualTo("上塘社区")
                .path("townships[0].villages[0].kind").entity(String.class).isEqualTo("COMMUNITY")
                .path("townships[0].villages[0].township.code").entity(String.class).isEqualTo("BEICHENG")
                .path("townships[0].villages[0].gridCells[1].code").entity(String.class).isEqualTo("BEICHENG_01_G2")
                .path("townships[0].villages[0].gridCells[1].village.code").entity(String.class).isEqualTo("BEICHENG_01");
        // the seed: 3 per township, 2 grid cells each (an import test may add more)
        assertThat(tree.path("townships[*].villages[*].code").entityList(String.class).get())
                .hasSizeGreaterThanOrEqualTo(57).doesNotHaveDuplicates().contains("JINXI_03");
        assertThat(tree.path("townships[*].villages[*].gridCells[*].code").entityList(String.class).get())
                .hasSizeGreaterThanOrEqualTo(114).contains("JINXI_03_G2");
        assertThat(tree.path("townships[13].villages[*].name").entityList(String.class).get())
                .as("岩头镇").contains("苍坡村", "芙蓉村");
    }

    @Test
    void aBusinessSitsInAVillageAndGridCellOfItsTownship() {
        String id = register("北城网格理发店", "BEICHENG", "BEICHENG_02", "BEICHENG_02_G1")
                .path("registerBusiness.userErrors").entityList(Object.class).hasSize(0)
                .path("registerBusiness.business.id").entity(String.class).get();
        admin.documentName("businessPlace").variable("id", id).execute()
                .path("business.village.code").entity(String.class).isEqualTo("BEICHENG_02")
                .path("business.village.name").entity(String.class).isEqualTo("县前社区")
                .path("business.gridCell.code").entity(String.class).isEqualTo("BEICHENG_02_G1")
                .path("business.gridCell.village.code").entity(String.class).isEqualTo("BEICHENG_02");

        List<String> byVillage = StaffClients.anonymous(port).documentName("filteredBusinesses")
                .variable("filter", Map.of("villageCodes", List.of("BEICHENG_02"))).variable("first", 100).execute()
                .path("businesses.edges[*].node.id").entityList(String.class).get();
        assertThat(byVillage).contains(id);
        List<String> byCell = StaffClients.anonymous(port).documentName("filteredBusinesses")
                .variable("filter", Map.of("gridCellCodes", List.of("BEICHENG_02_G2"))).variable("first", 100).execute()
                .path("businesses.edges[*].node.id").entityList(String.class).get();
        assertThat(byCell).doesNotContain(id);

        // moving it to another township leaves the village and grid cell behind
        admin.documentName("updateBusiness").variable("input", Map.of("id", id, "townshipCode", "BEICHENG",
                "villageCode", "BEICHENG_03")).execute().path("updateBusiness.userErrors").entityList(Object.class).hasSize(0);
        admin.documentName("businessPlace").variable("id", id).execute()
                .path("business.village.code").entity(String.class).isEqualTo("BEICHENG_03")
                .path("business.gridCell").valueIsNull();
    }

    @Test
    void aVillageOfAnotherTownshipOrACellOfAnotherVillageIsRefused() {
        register("北城错村理发店", "BEICHENG", "OUBEI_01", null)
                .path("registerBusiness.business").valueIsNull()
                .path("registerBusiness.userErrors[0].field").entityList(String.class).containsExactly("input", "villageCode")
                .path("registerBusiness.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
        register("北城错格理发店", "BEICHENG", "BEICHENG_01", "BEICHENG_02_G1")
                .path("registerBusiness.business").valueIsNull()
                .path("registerBusiness.userErrors[0].field").entityList(String.class).containsExactly("input", "gridCellCode")
                .path("registerBusiness.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
        register("北城无村理发店", "BEICHENG", "NOWHERE_9", null)
                .path("registerBusiness.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        register("北城无村格理发店", "BEICHENG", null, "BEICHENG_01_G1")
                .path("registerBusiness.userErrors[0].field").entityList(String.class).containsExactly("input", "gridCellCode");
        List<String> names = StaffClients.anonymous(port).documentName("filteredBusinesses")
                .variable("filter", Map.of("townshipCodes", List.of("BEICHENG"))).variable("first", 100).execute()
                .path("businesses.edges[*].node.name").entityList(String.class).get();
        assertThat(names).noneMatch(n -> n.startsWith("北城错") || n.startsWith("北城无"));
    }
}
