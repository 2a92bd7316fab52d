package cn.gov.yongjia.shixiao.searchindex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullWidthTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ＫＴＶ２号          | KTV2号
            ｌａｎｚｈｏｕ      | lanzhou
            兰州（瓯北）～      | 兰州(瓯北)~
            `瓯北　理发`        | `瓯北 理发`
            ￥１２              | ￥12
            兰州拉面 KTV        | 兰州拉面 KTV
            """)
    void foldsFullWidthAsciiFormsAndTheIdeographicSpaceOnly(String typed, String folded) {
        assertThat(FullWidthText.toAscii(typed)).isEqualTo(folded);
    }
}
