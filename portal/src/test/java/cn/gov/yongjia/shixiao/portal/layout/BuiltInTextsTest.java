package cn.gov.yongjia.shixiao.portal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts inside Vaadin's upload, date pickers and login form, as the browser receives them (the components send
 * their i18n objects as JSON): in Chinese not one of them is left in English, and in English none is a missing key.
 */
class BuiltInTextsTest {

    private final PortalTranslations translations = new PortalTranslations();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aChinesePageGetsNoEnglishDefaults() {
        List<String> texts = texts(Locale.SIMPLIFIED_CHINESE);

        assertThat(texts).hasSizeGreaterThan(50)
                .noneMatch(text -> text.matches(".*[A-Za-z].*"))
                .noneMatch(text -> text.startsWith("["))
                .contains("选择文件…", "或将文件拖放到此处", "今天", "一月", "日期", "时间", "工作人员登录");
    }

    @Test
    void anEnglishPageGetsEnglishTextsForEveryKey() {
        List<String> texts = texts(Locale.UK);

        assertThat(texts).hasSizeGreaterThan(50)
                .noneMatch(text -> text.startsWith("["))
                .noneMatch(text -> text.matches(".*\\p{IsHan}.*"))
                .contains("Choose a file…", "Today", "January", "Staff sign-in");
    }

    @Test
    void monthsAndWeekdaysAreComplete() {
        var chinese = BuiltInTexts.datePicker(key -> translations.getTranslation(key, Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese.getMonthNames()).hasSize(12).startsWith("一月").endsWith("十二月");
        assertThat(chinese.getWeekdays()).hasSize(7).startsWith("星期日");
        assertThat(chinese.getWeekdaysShort()).hasSize(7).startsWith("日");
        assertThat(chinese.getFirstDayOfWeek()).isEqualTo(1);
    }

    private List<String> texts(Locale locale) {
        UnaryOperator<String> translation = key -> translations.getTranslation(key, locale);
        List<String> texts = new ArrayList<>();
        for (Object i18n : List.of(BuiltInTexts.upload(translation), BuiltInTexts.datePicker(translation),
                BuiltInTexts.dateTimePicker(translation), BuiltInTexts.login(translation))) {
            collect(json.valueToTree(i18n), texts);
        }
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.stringValue());
        }
        for (JsonNode child : node) {
            collect(child, texts);
        }
    }
}
