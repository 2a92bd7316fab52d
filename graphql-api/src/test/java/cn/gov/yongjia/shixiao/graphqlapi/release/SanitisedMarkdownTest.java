package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of known XSS payloads (scripts, event handlers, frames, javascript:/data:/vbscript: URLs, SVG and MathML
 * tricks, style expressions, malformed and nested tags, encoded variants), each given raw and inside Markdown
 * constructs: nothing executable ever survives the rendering.
 */
class SanitisedMarkdownTest {

    private static final List<String> ALLOWED_TAGS = List.of("a", "b", "blockquote", "br", "caption", "cite", "code",
            "col", "colgroup", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "img", "li", "ol",
            "p", "pre", "q", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "u", "ul", "hr", "body", "html", "head", "#root");

    static Stream<String> payloads() throws IOException {
        try (InputStream in = SanitisedMarkdownTest.class.getResourceAsStream("/release/xss-payloads.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> raw = Arrays.stream(text.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(raw).hasSizeGreaterThan(60);
            // each payload raw, as a link or image target, in a table cell, in a blockquote, in a list item
            return raw.stream().flatMap(p -> Stream.of(p, "[点击](" + p + ")", "![图](" + p + ")", "| a |\n|---|\n| " + p + " |",
                    "> " + p, "- " + p, "<div>\n" + p + "\n</div>", "[x]: " + p + "\n\n[x]", "<" + p + ">"));
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nothingExecutableSurvives(String markdown) {
        String html = SanitisedMarkdown.toHtml(markdown);
        var document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            assertThat(ALLOWED_TAGS).as("tag in %s", html).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction",
                        "xlink:href", "background", "dynsrc", "lowsrc");
                if (name.equals("href") || name.equals("src") || name.equals("cite")) {
                    assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT)).as("URL in %s", html)
                            .matches("(https?://|mailto:).*");
                }
            }
        }
        // no markup beyond the elements checked above (escaped text such as &lt;script&gt; is harmless text)
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).as(html).doesNotContain("<script", "<iframe", "<svg", "<math", "<object", "<embed", "<style",
                "<form", "<base", "<meta", "<link", "<frame", "<input", "<button", "<video", "<audio", "<template");
    }

    @Test
    void ordinaryMarkdownKeepsItsMeaning() {
        assertThat(SanitisedMarkdown.toHtml("""
                # 通知

                请各乡镇于 **8月20日** 前报送，详见[县政府网站](https://www.yj.gov.cn/)。

                | 行业 | 户数 |
                |---|---|
                | 小餐饮 | 12 |

                ![现场](https://example.org/a.png "现场照片")
                """)).isEqualTo("""
                <h1>通知</h1>
                <p>请各乡镇于 <strong>8月20日</strong> 前报送，详见<a href="https://www.yj.gov.cn/" rel="nofollow noopener noreferrer">县政府网站</a>。</p>
                <p>| 行业 | 户数 |
                |---|---|
                | 小餐饮 | 12 |</p>
                <p><img src="https://example.org/a.png" alt="现场" title="现场照片"></p>
                """);
    }

    @Test
    void rawHtmlIsShownAsTextNotRun() {
        assertThat(SanitisedMarkdown.toHtml("<script>alert(1)</script>"))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
        assertThat(SanitisedMarkdown.toHtml("[x](javascript:alert(1))")).isEqualTo("<p><a rel=\"nofollow noopener noreferrer\">x</a></p>\n");
    }
}
