package cn.gov.yongjia.shixiao.graphqlapi.region;

import cn.gov.yongjia.shixiao.schema.types.TownshipKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TownshipTest {

    @Test
    void residentsSayATownshipsNameWithoutItsKind() {
        assertThat(township("瓯北街道", TownshipKind.SUBDISTRICT).spokenName()).isEqualTo("瓯北");
        assertThat(township("桥头镇", TownshipKind.TOWN).spokenName()).isEqualTo("桥头");
        assertThat(township("大若岩镇", TownshipKind.TOWN).spokenName()).isEqualTo("大若岩");
        assertThat(township("界坑乡", TownshipKind.TOWNSHIP).spokenName()).isEqualTo("界坑");
    }

    @Test
    void aNameThatWouldKeepOneCharacterIsSaidWhole() {
        assertThat(township("西乡", TownshipKind.TOWNSHIP).spokenName()).isEqualTo("西乡");
    }

    private static Township township(String name, TownshipKind kind) {
        return new Township("X", name, "X", kind, new GeoPoint(28.0, 120.6));
    }
}
