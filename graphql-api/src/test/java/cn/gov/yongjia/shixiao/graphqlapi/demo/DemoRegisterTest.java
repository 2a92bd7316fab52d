package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGeneratorFactory;

import cn.gov.yongjia.shixiao.graphqlapi.business.CreditCode;
import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;
import cn.gov.yongjia.shixiao.graphqlapi.region.GridCell;
import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.graphqlapi.region.Village;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;
import cn.gov.yongjia.shixiao.schema.types.TownshipKind;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import cn.gov.yongjia.shixiao.schema.types.VillageKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRegisterTest {

    private static final List<Township> TOWNSHIPS = List.of(
            new Township("OUBEI", "瓯北街道", "Oubei Subdistrict", TownshipKind.SUBDISTRICT, new GeoPoint(28.03, 120.65)),
            new Township("QIAOTOU", "桥头镇", "Qiaotou Town", TownshipKind.TOWN, new GeoPoint(28.11, 120.56)));

    @Test
    void theSameSeedGivesTheSameRegister() {
        assertThat(DemoRegister.generate(50, 7, TOWNSHIPS)).isEqualTo(DemoRegister.generate(50, 7, TOWNSHIPS));
        assertThat(DemoRegister.generate(50, 7, TOWNSHIPS)).isNotEqualTo(DemoRegister.generate(50, 8, TOWNSHIPS));
    }

    @Test
    void everyDemoBusinessIsPlausibleAndValid() {
        var register = DemoRegister.generate(500, 330324, TOWNSHIPS);

        assertThat(register).hasSize(500);
        assertThat(register).allSatisfy(entry -> {
            var business = entry.business();
            assertThat(CreditCode.isValid(business.creditCode())).as(business.creditCode()).isTrue();
            assertThat(new CreditCode(business.creditCode()).divisionCode()).isEqualTo("330324");
            assertThat(business.location().isInYongjia()).isTrue();
            assertThat(business.name()).startsWith(business.townshipCode().equals("OUBEI") ? "瓯北" : "桥头");
        });
        assertThat(register.stream().map(e -> e.business().trade()).distinct()).containsExactlyInAnyOrder(Trade.values());
        assertThat(register.stream().map(e -> e.business().creditCode()).distinct()).hasSize(500);
    }

    @Test
    void demoBusinessesSitInVillagesAndGridCellsOfTheirTownshipWithARiskClassAndAnOffice() {
        var villages = java.util.Map.of(
                "OUBEI", List.of(new Village("OUBEI_01", "OUBEI", "罗浮社区", VillageKind.COMMUNITY)),
                "QIAOTOU", List.of(new Village("QIAOTOU_01", "QIAOTOU", "桥头社区", VillageKind.COMMUNITY),
                        new Village("QIAOTOU_02", "QIAOTOU", "菇溪村", VillageKind.VILLAGE)));
        java.util.function.Function<String, List<GridCell>> cells = village -> List.of(
                new GridCell(village + "_G1", village, "一"), new GridCell(village + "_G2", village, "二"));
        var register = DemoRegister.generate(2000, 330324, TOWNSHIPS, villages::get, cells);

        assertThat(register).allSatisfy(entry -> {
            var business = entry.business();
            assertThat(business.villageCode()).startsWith(business.townshipCode() + "_");
            assertThat(business.gridCellCode()).startsWith(business.villageCode() + "_G");
            assertThat(entry.riskClass()).isNotNull();
            assertThat(entry.supervisingOfficeCode()).isNotBlank();
            if (entry.abnormal()) {
                assertThat(entry.finalStatus()).isEqualTo(BusinessStatus.OPEN);
            }
        });
        assertThat(register.stream().map(DemoRegister.DemoBusiness::riskClass).distinct()).hasSize(4);
        assertThat(register.stream().filter(DemoRegister.DemoBusiness::abnormal).count()).isBetween(10L, 60L);
        // the fields added later do not change the businesses the seed gave before
        assertThat(register.stream().limit(50).map(e -> e.business().name()).toList())
                .isEqualTo(DemoRegister.generate(50, 330324, TOWNSHIPS).stream().map(e -> e.business().name()).toList());
    }

    @Test
    void jointEnforcementInspectionsHaveJointDepartments() {
        var random = RandomGeneratorFactory.of("L64X128MixRandom").create(3);
        var joint = java.util.stream.IntStream.range(0, 200).boxed()
                .flatMap(i -> DemoInspections.forBusiness(i, Trade.HOTEL, "PUBLIC_SECURITY", "2026.1", LocalDate.of(2026, 11, 26),
                        random).stream())
                .filter(i -> i.kind() == cn.gov.yongjia.shixiao.schema.types.InspectionKind.JOINT_ENFORCEMENT).toList();
        assertThat(joint).isNotEmpty().allSatisfy(i -> assertThat(i.jointDepartmentCodes())
                .containsExactly("MARKET_REGULATION", "CULTURE_TOURISM"));
    }

    @Test
    void inspectionsStayInThePastWithinThreeYearsAndCarryValidScores() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        var random = RandomGeneratorFactory.of("L64X128MixRandom").create(1);
        for (int i = 0; i < 200; i++) {
            var inspections = DemoInspections.forBusiness(i, Trade.RESTAURANT, "MARKET_REGULATION", "2026.1", today, random);
            assertThat(inspections).hasSizeLessThanOrEqualTo(4).allSatisfy(inspection -> {
                assertThat(inspection.inspectedOn()).isBeforeOrEqualTo(today).isAfter(today.minusYears(3));
                assertThat(inspection.hygieneScore()).isBetween(0, 40);
                assertThat(inspection.facilitiesScore()).isBetween(0, 30);
                assertThat(inspection.managementScore()).isBetween(0, 30);
                if (inspection.outcome() == InspectionOutcome.RECTIFY_BY_DEADLINE) {
                    assertThat(inspection.followUpDue()).isAfter(inspection.inspectedOn());
                }
            });
        }
    }
}
