package cn.gov.yongjia.shixiao.searchindex.business;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.searchindex.FullWidthText;

/**
 * Marks in a name the tokens of a search text, as the {@code html} encoder of Elasticsearch's highlighter would:
 * the name HTML-escaped, each matching token in {@code <em>…</em>}, adjacent marks merged (兰州 rather than 兰 and
 * 州). Tokens are those of the names' {@code han_unigram} analyzer (the {@code standard} tokenizer, lower-cased): each
 * Han character alone, each run of other letters and digits. Done here rather than by Elasticsearch because the
 * search returns the names anyway: the highlighter re-analysed every name of every hit and cost about a fifth of a
 * search (docs/benchmarks.md).
 */
final class NameHighlighter {

    /**
     * What the {@code standard} tokenizer makes a token of: each Han character, each run of other letters and digits
     * (an apostrophe or full stop between two of them does not end it: A'B, 3.5).
     */
    static final Pattern TOKEN = Pattern.compile(
            "\\p{IsHan}|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+(?:['.][\\p{L}\\p{N}&&[^\\p{IsHan}]]+)*");

    private final Set<String> tokens;

    private NameHighlighter(Set<String> tokens) {
        this.tokens = tokens;
    }

    /** A highlighter for the tokens of a search text. */
    static NameHighlighter of(String text) {
        return new NameHighlighter(TOKEN.matcher(FullWidthText.toAscii(text)).results()
                .map(token -> token.group().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The name, HTML-escaped, with the text's tokens marked; null when the name is null or no token is in it. */
    String mark(String name) {
        if (name == null || tokens.isEmpty()) {
            return null;
        }
        StringBuilder marked = new StringBuilder(name.length() + 16);
        Matcher token = TOKEN.matcher(name);
        int written = 0;
        int markEnd = -1;
        boolean any = false;
        while (token.find()) {
            if (!tokens.contains(token.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            any = true;
            if (token.start() == markEnd) {
                marked.setLength(marked.length() - "</em>".length()); // adjacent: one mark goes on
            } else {
                escape(name, written, token.start(), marked);
                marked.append("<em>");
            }
            escape(name, token.start(), token.end(), marked);
            marked.append("</em>");
            written = token.end();
            markEnd = token.end();
        }
        if (!any) {
            return null;
        }
        escape(name, written, name.length(), marked);
        return marked.toString();
    }

    /** The characters Lucene's {@code SimpleHTMLEncoder} escapes, escaped the same way. */
    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("&quot;");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
    }
}
