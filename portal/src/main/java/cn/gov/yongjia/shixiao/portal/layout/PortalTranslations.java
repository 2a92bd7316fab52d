package cn.gov.yongjia.shixiao.portal.layout;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/**
 * Every label of the portal, from {@code vaadin-i18n/translations.properties} (Chinese, the default) and
 * {@code translations_en.properties} (English). Features add their keys prefixed with their name ({@code figures.},
 * {@code opendata.}, {@code staff.}, {@code release.}). The bundles never fall back to the JVM's default locale, so a
 * server running in English still shows Chinese to a Chinese reader; a key missing in English shows the Chinese text,
 * and a key missing everywhere shows itself in brackets, so it is noticed.
 */
@Component
public class PortalTranslations implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.LOCALES;
    }

    @Override
    public Locale getDefaultLocale() {
        return Language.CHINESE.locale();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Language.of(locale).bundleLocale(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, Language.of(locale).locale()).format(params);
    }
}
