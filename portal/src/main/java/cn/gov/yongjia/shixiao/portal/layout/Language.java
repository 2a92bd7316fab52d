package cn.gov.yongjia.shixiao.portal.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages: Chinese (zh-CN) by default, English by choice; the choice is kept in a cookie. */
public enum Language {

    CHINESE(Locale.SIMPLIFIED_CHINESE, Locale.ROOT, "zh"),
    ENGLISH(Locale.UK, Locale.ENGLISH, "en");

    /** Name of the cookie that remembers the reader's choice. */
    public static final String COOKIE = "yongjia-lang";

    static final List<Locale> LOCALES = Arrays.stream(values()).map(Language::locale).toList();

    private final Locale locale;
    private final Locale bundleLocale;
    private final String code;

    Language(Locale locale, Locale bundleLocale, String code) {
        this.locale = locale;
        this.bundleLocale = bundleLocale;
        this.code = code;
    }

    /** The locale for dates and numbers. */
    public Locale locale() {
        return locale;
    }

    Locale bundleLocale() {
        return bundleLocale;
    }

    /** The cookie value and the {@code lang} code of the page: {@code zh} or {@code en}. */
    public String code() {
        return code;
    }

    /** The HTML {@code lang} attribute. */
    public String htmlLang() {
        return this == CHINESE ? "zh-CN" : "en";
    }

    public Language other() {
        return this == CHINESE ? ENGLISH : CHINESE;
    }

    /** English for any English locale, Chinese for everything else. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
