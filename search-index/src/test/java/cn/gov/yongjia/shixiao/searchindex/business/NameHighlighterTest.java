package cn.gov.yongjia.shixiao.searchindex.business;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The marks are those Elasticsearch's unified highlighter gave (html encoder, a multi_match of the text on a
 * {@code han_unigram} field, adjacent marks merged) for the same names and texts, recorded from Elasticsearch 9.2.
 */
class NameHighlighterTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            兰州     | 瓯北兰州拉面馆       | 瓯北<em>兰州</em>拉面馆
            兰州     | 兰州拉面馆兰州       | <em>兰州</em>拉面馆<em>兰州</em>
            兰州拉麺 | 瓯北兰州拉面馆       | 瓯北<em>兰州拉</em>面馆
            兰州拉麺 | 兰州拉面馆兰州       | <em>兰州拉</em>面馆<em>兰州</em>
            兰州     | x-ray 兰 州          | x-ray <em>兰</em> <em>州</em>
            ray      | x-ray 兰 州          | x-<em>ray</em> 兰 州
            ktv      | 星空KTV娱乐 ktv城    | 星空<em>KTV</em>娱乐 <em>ktv</em>城
            馄饨     | 老街<馄饨>           | 老街&lt;<em>馄饨</em>&gt;
            c        | `A'B/C"D&兰州`       | `A&#x27;B&#x2F;<em>C</em>&quot;D&amp;兰州`
            兰州     | `A'B/C"D&兰州`       | `A&#x27;B&#x2F;C&quot;D&amp;<em>兰州</em>`
            café     | Café 兰州 2号店      | <em>Café</em> 兰州 2号店
            2号      | Café 兰州 2号店      | Café 兰州 <em>2号</em>店
            𠀀       | 𠀀兰州               | <em>𠀀</em>兰州
            兰州     | 𠀀兰州               | 𠀀<em>兰州</em>
            """)
    void marksTheTokensOfTheTextAsElasticsearchsHighlighterDid(String text, String name, String marked) {
        assertThat(NameHighlighter.of(text).mark(name)).isEqualTo(marked);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lanzhou | 瓯北兰州拉面馆
            a       | A'B 理发
            面馆    | 兰州拉麺
            """)
    void aNameWithoutAnyTokenOfTheTextIsNotMarked(String text, String name) {
        assertThat(NameHighlighter.of(text).mark(name)).isNull();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ｋｔｖ   | 星空KTV娱乐      | 星空<em>KTV</em>娱乐
            ２号     | Café 兰州 2号店  | Café 兰州 <em>2号</em>店
            """)
    void fullWidthLettersAndDigitsOfTheTextMarkTheirAscii(String text, String name, String marked) {
        assertThat(NameHighlighter.of(text).mark(name)).isEqualTo(marked);
    }

    @org.junit.jupiter.api.Test
    void noNameNoMark() {
        assertThat(NameHighlighter.of("兰州").mark(null)).isNull();
        assertThat(NameHighlighter.of("  ").mark("兰州拉面")).isNull();
    }
}
