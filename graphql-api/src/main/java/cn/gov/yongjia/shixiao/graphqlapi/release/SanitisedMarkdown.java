package cn.gov.yongjia.shixiao.graphqlapi.release;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders a release body from Markdown to HTML that is safe to insert into any page. Two walls: CommonMark escapes
 * raw HTML in the Markdown (it is shown as text, never interpreted) and drops unsafe link targets, then jsoup cleans
 * the result against an allow-list of plain text markup (no script, style, iframe, svg, form or event handler; links
 * only to http, https and mailto, images only from http and https). The editors' preview uses this same method.
 */
public final class SanitisedMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SanitisedMarkdown() {
    }

    public static String toHtml(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(rendered, "", SAFELIST, OUTPUT);
    }
}
