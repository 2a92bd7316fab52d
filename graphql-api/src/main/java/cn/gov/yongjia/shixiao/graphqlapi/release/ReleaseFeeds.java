package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.gov.yongjia.shixiao.schema.types.ReleaseSort;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Atom 1.0 feeds of the published releases, newest 50 first: all, per category, per issuing body. Entry IDs are tag
 * URIs made from the release's permanent ID, so they never change; an entry's {@code updated} is the release's last
 * publication, major change or withdrawal (a minor change leaves it). Written as UTF-8 XML by Rome.
 */
@RestController
class ReleaseFeeds {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 50;
    private static final String TAG = "tag:shixiao.yongjia.gov.cn,2026:";

    private final ReleaseList list;
    private final ReleaseRecords records;
    private final ReleaseCatalogue catalogue;
    private final ReleaseProperties properties;

    ReleaseFeeds(ReleaseList list, ReleaseRecords records, ReleaseCatalogue catalogue, ReleaseProperties properties) {
        this.list = list;
        this.records = records;
        this.catalogue = catalogue;
        this.properties = properties;
    }

    @GetMapping("/feeds/releases.atom")
    ResponseEntity<String> all() {
        return feed("releases", "永嘉县“十小”新闻发布", "/feeds/releases.atom", List.of(), List.of());
    }

    @GetMapping("/feeds/releases/category/{code}.atom")
    ResponseEntity<String> category(@PathVariable String code) {
        return catalogue.category(code)
                .map(c -> feed("releases:category:" + c.code(), "永嘉县“十小”新闻发布 · " + c.name(),
                        "/feeds/releases/category/" + c.code() + ".atom", List.of(c.code()), List.of()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/feeds/releases/issuer/{code}.atom")
    ResponseEntity<String> issuer(@PathVariable String code) {
        return catalogue.issuer(code)
                .map(i -> feed("releases:issuer:" + i.code(), "永嘉县“十小”新闻发布 · " + i.name(),
                        "/feeds/releases/issuer/" + i.code() + ".atom", List.of(), List.of(i.code())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private ResponseEntity<String> feed(String id, String title, String path, List<String> categories, List<String> issuers) {
        var query = new ReleaseList.Query(categories, issuers, null, null, null, null,
                List.of(ReleaseState.PUBLISHED, ReleaseState.WITHDRAWN));
        List<Release> releases = list.page(query, ReleaseSort.NEWEST, ENTRIES, null).edges().stream()
                .map(e -> e.node()).toList();
        Map<String, ReleaseCatalogue.Issuer> issuersByCode = catalogue.issuersByCode();
        Map<String, ReleaseCatalogue.Category> categoriesByCode = catalogue.categoriesByCode();

        Feed feed = new Feed("atom_1.0");
        feed.setId(TAG + id);
        feed.setTitle(title);
        feed.setLanguage("zh-CN");
        feed.setOtherLinks(List.of());
        feed.setAlternateLinks(List.of(link("alternate", properties.portalUrl().replaceAll("/+$", "") + "/releases", "text/html")));
        feed.setOtherLinks(List.of(link("self", properties.apiUrl().replaceAll("/+$", "") + path, ATOM.toString())));
        SyndPerson county = new SyndPersonImpl();
        county.setName("永嘉县“十小”行业整治办公室");
        feed.setAuthors(List.of(county));
        feed.setUpdated(date(releases.stream().map(Release::revisedAt).max(OffsetDateTime::compareTo)
                .orElse(OffsetDateTime.parse("2010-08-09T00:00:00+08:00"))));
        List<Entry> entries = new ArrayList<>();
        for (Release release : releases) {
            entries.add(entry(release, issuersByCode.get(release.issuerCode()), categoriesByCode.get(release.categoryCode())));
        }
        feed.setEntries(entries);
        try {
            String xml = new WireFeedOutput().outputString(feed, true);
            return ResponseEntity.ok().contentType(ATOM).body(xml);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed " + id, e);
        }
    }

    private Entry entry(Release release, ReleaseCatalogue.Issuer issuer, ReleaseCatalogue.Category category) {
        Entry entry = new Entry();
        entry.setId(TAG + "release:" + release.globalId());
        boolean withdrawn = release.state() == ReleaseState.WITHDRAWN;
        entry.setTitle(withdrawn ? "【已撤回】" + release.title() : release.title());
        entry.setAlternateLinks(List.of(link("alternate", records.permalink(release), "text/html")));
        entry.setPublished(date(release.publishedAt()));
        entry.setUpdated(date(release.revisedAt()));
        SyndPerson author = new SyndPersonImpl();
        author.setName(issuer.name());
        entry.setAuthors(List.of(author));
        Category term = new Category();
        term.setTerm(category.code());
        term.setLabel(category.name());
        entry.setCategories(List.of(term));
        if (release.summary() != null || withdrawn) {
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(withdrawn ? "已撤回：" + release.withdrawalReason() : release.summary());
            entry.setSummary(summary);
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(SanitisedMarkdown.toHtml(release.bodyMarkdown()));
        entry.setContents(List.of(content));
        return entry;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }
}
