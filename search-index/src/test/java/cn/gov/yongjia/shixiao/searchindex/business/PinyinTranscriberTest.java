package cn.gov.yongjia.shixiao.searchindex.business;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTranscriberTest {

    @Test
    void aNameBecomesItsFullPinyinAndItsInitials() {
        assertThat(PinyinTranscriber.full("兰州拉面")).isEqualTo("lanzhoulamian");
        assertThat(PinyinTranscriber.initials("兰州拉面")).isEqualTo("lzlm");
        assertThat(PinyinTranscriber.syllables("兰州拉面")).containsExactly("lan", "zhou", "la", "mian");
    }

    @Test
    void polyphonesAreReadByTheirWord() {
        assertThat(PinyinTranscriber.full("重庆小面")).isEqualTo("chongqingxiaomian");
        assertThat(PinyinTranscriber.full("中国银行")).isEqualTo("zhongguoyinhang");
        assertThat(PinyinTranscriber.initials("长沙臭豆腐")).isEqualTo("cscdf");
    }

    @Test
    void lettersAndDigitsPassThroughLowercasedAndPunctuationIsDropped() {
        assertThat(PinyinTranscriber.syllables("永嘉KTV歌舞厅")).containsExactly("yong", "jia", "ktv", "ge", "wu", "ting");
        assertThat(PinyinTranscriber.syllables("ＫＴＶ歌厅")).containsExactly("ktv", "ge", "ting");
        assertThat(PinyinTranscriber.full("3号·浴室！")).isEqualTo("3haoyushi");
        assertThat(PinyinTranscriber.full("绿色旅馆")).isEqualTo("lvselvguan");
        assertThat(PinyinTranscriber.syllables("   ")).isEmpty();
        assertThat(PinyinTranscriber.syllables(null)).isEmpty();
    }

    @Test
    void everySyllableStartsAValueSoARunInsideTheNameIsAPrefix() {
        assertThat(PinyinTranscriber.fullFromEachSyllable("瓯北兰州", 60))
                .containsExactly("oubeilanzhou", "beilanzhou", "lanzhou", "zhou");
        assertThat(PinyinTranscriber.initialsFromEachSyllable("瓯北兰州拉面", 60))
                .containsExactly("oblzlm", "blzlm", "lzlm", "zlm", "lm", "m");
        assertThat(PinyinTranscriber.fullFromEachSyllable("瓯北兰州", 5)).containsExactly("oubei", "beila", "lanzh", "zhou");
    }

    @Test
    void onlyLatinQueriesAreComparedWithPinyin() {
        assertThat(PinyinTranscriber.latinQuery(" Lan Zhou ")).isEqualTo("lanzhou");
        assertThat(PinyinTranscriber.latinQuery("xi'an")).isEqualTo("xian");
        assertThat(PinyinTranscriber.latinQuery("ＬＺＬＭ")).isEqualTo("lzlm");
        assertThat(PinyinTranscriber.latinQuery("兰州 lamian")).isEmpty();
        assertThat(PinyinTranscriber.latinQuery("")).isEmpty();
    }
}
