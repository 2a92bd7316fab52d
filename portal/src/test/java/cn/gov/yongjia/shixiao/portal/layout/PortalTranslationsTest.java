package cn.gov.yongjia.shixiao.portal.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label exists in both languages; Chinese is the default whatever the server's own locale. */
class PortalTranslationsTest {

    private final PortalTranslations translations = new PortalTranslations();

    @Test
    void everyKeyIsTranslatedInBothLanguages() throws IOException {
        Properties chinese = load("vaadin-i18n/translations.properties");
        Properties english = load("vaadin-i18n/translations_en.properties");

        assertThat(chinese.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsOnRequest() {
        Locale.setDefault(Locale.US); // the server's locale must not leak into the Chinese pages
        assertThat(translations.getDefaultLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(translations.getTranslation("nav.home", Locale.SIMPLIFIED_CHINESE)).isEqualTo("首页");
        assertThat(translations.getTranslation("nav.home", Locale.CHINESE)).isEqualTo("首页");
        assertThat(translations.getTranslation("nav.home", Locale.UK)).isEqualTo("Home");
        assertThat(translations.getTranslation("nav.home", Locale.US)).isEqualTo("Home");
        assertThat(translations.getTranslation("no.such.key", Locale.UK)).isEqualTo("[no.such.key]");
    }

    @Test
    void placeholdersAndNumbersFollowTheLanguage() {
        assertThat(translations.getTranslation("search.foundFor", Locale.SIMPLIFIED_CHINESE, "1,234", "兰州"))
                .isEqualTo("“兰州”找到 1,234 户");
        assertThat(translations.getTranslation("legend.validity", Locale.UK, 12, 12)).contains("valid for 12 months");
        assertThat(Formats.date(java.time.LocalDate.of(2026, 11, 26), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年11月26日");
        assertThat(Formats.date(java.time.LocalDate.of(2026, 11, 26), Locale.UK)).isEqualTo("26 Nov 2026");
        assertThat(Formats.number(12345, Locale.UK)).isEqualTo("12,345");
        assertThat(Formats.decimal(0.456, 2, Locale.SIMPLIFIED_CHINESE)).isEqualTo("0.46");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
