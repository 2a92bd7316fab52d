package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import cn.gov.yongjia.shixiao.graphqlapi.business.CreditCode;
import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;
import cn.gov.yongjia.shixiao.graphqlapi.region.Township;
import cn.gov.yongjia.shixiao.schema.types.TownshipKind;
import cn.gov.yongjia.shixiao.schema.types.Trade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BulkDemoRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final List<Township> TOWNSHIPS = List.of(
            new Township("OUBEI", "瓯北街道", "Oubei Subdistrict", TownshipKind.SUBDISTRICT, new GeoPoint(28.03, 120.65)),
            new Township("QIAOTOU", "桥头镇", "Qiaotou Town", TownshipKind.TOWN, new GeoPoint(28.11, 120.56)));

    @Test
    void aNumberIsAlwaysTheSameBusinessWhateverElseIsMade() {
        BulkDemoRows rows = new BulkDemoRows(BulkDemoRows.SEED, TOWNSHIPS, TODAY);
        BulkDemoRows again = new BulkDemoRows(BulkDemoRows.SEED, TOWNSHIPS, TODAY);

        assertThat(LongStream.range(0, 200).mapToObj(rows::row).toList())
                .isEqualTo(LongStream.range(0, 200).mapToObj(again::row).toList());
        assertThat(again.row(150_000)).isEqualTo(rows.row(150_000));
        assertThat(new BulkDemoRows(7, TOWNSHIPS, TODAY).row(5).name()).isNotNull();
        assertThat(LongStream.range(0, 50).mapToObj(n -> new BulkDemoRows(7, TOWNSHIPS, TODAY).row(n)).toList())
                .isNotEqualTo(LongStream.range(0, 50).mapToObj(rows::row).toList());
    }

    @Test
    void creditCodesAreValidAndUniqueAndRegistrationNumbersMarkTheBulkRows() {
        Set<String> codes = new HashSet<>();
        for (long n = 0; n < 200_000; n++) {
            String code = BulkDemoRows.creditCode(n);
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            assertThat(codes.add(code)).as("unique: " + code).isTrue();
        }
        assertThat(new CreditCode(BulkDemoRows.creditCode(999_999)).divisionCode()).isEqualTo("330324");
        assertThat(BulkDemoRows.registrationNumber(42)).isEqualTo("330324900000042").hasSize(15);
    }

    @Test
    void everyRowIsPlausible() {
        BulkDemoRows rows = new BulkDemoRows(BulkDemoRows.SEED, TOWNSHIPS, TODAY);
        var sample = LongStream.range(0, 2_000).mapToObj(rows::row).toList();

        assertThat(sample).extracting(BulkDemoRows.Row::trade).containsOnly(Trade.values())
                .contains(Trade.values());
        assertThat(sample).allSatisfy(row -> {
            Township township = TOWNSHIPS.stream().filter(t -> t.code().equals(row.townshipCode())).findFirst()
                    .orElseThrow();
            assertThat(new GeoPoint(row.latitude(), row.longitude()).isInYongjia()).isTrue();
            assertThat(Math.abs(row.latitude() - township.center().lat())).isLessThanOrEqualTo(0.02501);
            assertThat(Math.abs(row.longitude() - township.center().lon())).isLessThanOrEqualTo(0.02501);
            assertThat(row.address()).startsWith("永嘉县" + township.name()).endsWith("号");
            assertThat(row.name()).matches("\\p{IsHan}+(KTV)?\\p{IsHan}*");
            assertThat(row.createdAt().toLocalDate()).isBefore(TODAY);
            if (row.inspection() != null) {
                assertThat(row.inspection().total()).isBetween(30, 100);
                assertThat(row.inspection().inspectedOn()).isBefore(TODAY)
                        .isAfter(row.createdAt().toLocalDate().plusDays(29));
                assertThat(row.inspection().departmentCode()).isEqualTo(BulkDemoRows.leadDepartment(row.trade()));
            }
        });
        assertThat(sample).filteredOn(row -> row.inspection() == null).hasSizeBetween(100, 250);
        assertThat(sample).filteredOn(row -> row.name().contains("兰州拉面")).isNotEmpty();
        assertThat(sample).filteredOn(BulkDemoRows.Row::privateResidence).hasSizeBetween(50, 150);
        assertThat(sample).extracting(BulkDemoRows.Row::status).contains("OPEN", "SUSPENDED", "CLOSED");
    }
}
