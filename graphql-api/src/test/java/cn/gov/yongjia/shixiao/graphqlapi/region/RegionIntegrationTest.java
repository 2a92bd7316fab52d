package cn.gov.yongjia.shixiao.graphqlapi.region;

import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Reference data every client needs to build filters and explain records. */
@PlatformIntegrationTest
class RegionIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void listsTheCountysTownshipsAndTheTenTradesWithTheirLeadDepartments() {
        var response = StaffClients.anonymous(port).documentName("referenceData").execute();

        List<String> townships = response.path("townships[*].name").entityList(String.class).get();
        assertThat(townships).hasSize(19).startsWith("北城街道").contains("瓯北街道", "桥头镇", "金溪镇");
        response.path("townships[?(@.code == 'OUBEI')].kind").entityList(String.class).containsExactly("SUBDISTRICT");

        response.path("trades[*].name").entityList(String.class).containsExactly("小餐饮", "小食品店", "小作坊", "小旅馆",
                "小歌舞厅", "小网吧", "小理发店", "小美容店", "小浴室", "小诊所");
        response.path("trades[?(@.trade == 'HOTEL')].leadDepartment.name").entityList(String.class).containsExactly("公安局");
        response.path("trades[?(@.trade == 'CLINIC')].leadDepartment.code").entityList(String.class).containsExactly("HEALTH");
    }
}
