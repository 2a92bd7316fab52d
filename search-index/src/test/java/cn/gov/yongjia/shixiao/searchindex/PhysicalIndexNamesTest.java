package cn.gov.yongjia.shixiao.searchindex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhysicalIndexNamesTest {

    private final PhysicalIndexNames names = new PhysicalIndexNames("t1_businesses", 3);

    @Test
    void theCurrentIndexAndARebuiltOneCarryTheMappingVersion() {
        assertThat(names.current()).isEqualTo("t1_businesses_v3");
        assertThat(names.fresh(1764979200000L)).isEqualTo("t1_businesses_v3_1764979200000");
        assertThat(names.everyVersion()).isEqualTo("t1_businesses_v*");
    }

    @Test
    void onlyIndicesOfTheCurrentVersionAreCurrent() {
        assertThat(names.isCurrent("t1_businesses_v3")).isTrue();
        assertThat(names.isCurrent("t1_businesses_v3_1764979200000")).isTrue();
        assertThat(names.isCurrent("t1_businesses_v2")).isFalse();
        assertThat(names.isCurrent("t1_businesses_v2_1764979200000")).isFalse();
        assertThat(names.isCurrent("t1_businesses_v31")).as("version 31 is not version 3").isFalse();
        assertThat(names.isCurrent("t1_releases_v3")).isFalse();
    }
}
