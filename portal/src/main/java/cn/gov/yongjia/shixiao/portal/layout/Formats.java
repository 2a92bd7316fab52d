package cn.gov.yongjia.shixiao.portal.layout;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers as the reader's language writes them (2026年11月26日 / 26 Nov 2026). */
public final class Formats {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Language.of(locale).locale()).format(date);
    }

    /** A date-time in China's time, as a date. */
    public static String date(OffsetDateTime time, Locale locale) {
        return time == null ? "" : date(time.atZoneSameInstant(CHINA).toLocalDate(), locale);
    }

    public static String number(long number, Locale locale) {
        return NumberFormat.getIntegerInstance(Language.of(locale).locale()).format(number);
    }

    /** A number with at most {@code decimals} decimals. */
    public static String decimal(double number, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Language.of(locale).locale());
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format.format(number);
    }
}
