package cn.gov.yongjia.shixiao.portal.release;

import java.time.OffsetDateTime;

import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.ReleaseIssuer;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTest {

    private static Release release(String documentNumber, ReleaseLanguage language, OffsetDateTime publishedAt) {
        return Release.newBuilder().title("关于印发永嘉县食品安全十小行业整治方案的通知")
                .issuer(ReleaseIssuer.newBuilder().code("COUNTY_GOVERNMENT_OFFICE").indexCode("YJXZFB")
                        .name("永嘉县人民政府办公室").nameEn("General Office of Yongjia County Government").build())
                .documentNumber(documentNumber).language(language).publishedAt(publishedAt)
                .permalink("https://portal.example/releases/UmVsZWFzZTox").build();
    }

    @Test
    void citesIssuerTitleDocumentNumberPublicationDayInChinaAndPermalink() {
        // 16:30 UTC on the 19th is already the 20th in China
        assertThat(Citation.of(release("永政办发〔2010〕126号", ReleaseLanguage.ZH,
                OffsetDateTime.parse("2010-12-19T16:30:00Z")), true))
                .isEqualTo("永嘉县人民政府办公室. 关于印发永嘉县食品安全十小行业整治方案的通知. 永政办发〔2010〕126号. 2010-12-20. "
                        + "https://portal.example/releases/UmVsZWFzZTox.");
    }

    @Test
    void leavesOutWhatTheReleaseLacksAndNamesTheIssuerInTheReleasesLanguage() {
        assertThat(Citation.of(release(null, ReleaseLanguage.EN, null), false))
                .isEqualTo("General Office of Yongjia County Government. 关于印发永嘉县食品安全十小行业整治方案的通知. "
                        + "https://portal.example/releases/UmVsZWFzZTox.");
    }
}
