package cn.gov.yongjia.shixiao.portal.release.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.yongjia.shixiao.portal.api.PortalProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Atom feeds that fit a page (all releases, its category, its issuing body), as visible links and as
 * {@code <link rel="alternate" type="application/atom+xml">} in the page head, where feed readers look for them. The
 * head links are replaced on every page view and removed when the page is left.
 */
final class FeedLinks {

    private static final String HEAD_TAG = "release-feed-head-tag";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PortalProperties properties;
    private final Map<String, String> feeds = new LinkedHashMap<>();

    FeedLinks(PortalProperties properties) {
        this.properties = properties;
    }

    /** Adds a feed with its title; {@code path} is the API's, e.g. {@code /feeds/releases.atom}. */
    FeedLinks add(String title, String path) {
        feeds.put(title, properties.publicApiUrl(path).toString());
        return this;
    }

    static String category(String code) {
        return "/feeds/releases/category/" + code + ".atom";
    }

    static String issuer(String code) {
        return "/feeds/releases/issuer/" + code + ".atom";
    }

    static final String ALL = "/feeds/releases.atom";

    /** The visible list of links. */
    UnorderedList list() {
        UnorderedList list = new UnorderedList();
        list.addClassName("feed-links");
        int i = 0;
        for (Map.Entry<String, String> feed : feeds.entrySet()) {
            Anchor link = new Anchor(feed.getValue(), feed.getKey());
            link.getElement().setAttribute("type", "application/atom+xml");
            link.setId("feed-" + i++);
            link.addClassName("feed-link");
            list.add(new ListItem(link));
        }
        return list;
    }

    /**
     * Puts the feeds into the page head of {@code view}'s page, and takes them out when the view is left. Each call
     * tags its links, and leaving removes only the links of this view: when one release page follows another, the old
     * view's detach comes after the new view's links were added.
     */
    void intoHead(Component view) {
        String pairs = JSON.writeValueAsString(
                feeds.entrySet().stream().map(feed -> java.util.List.of(feed.getKey(), feed.getValue())).toList());
        String tag = java.util.UUID.randomUUID().toString();
        view.getElement().executeJs("""
                document.head.querySelectorAll('link[data-release-feed]').forEach(l => l.remove());
                for (const [title, href] of JSON.parse($0)) {
                  const link = document.createElement('link');
                  link.rel = 'alternate'; link.type = 'application/atom+xml'; link.title = title; link.href = href;
                  link.setAttribute('data-release-feed', $1);
                  document.head.appendChild(link);
                }""", pairs, tag);
        Object previous = ComponentUtil.getData(view, HEAD_TAG);
        ComponentUtil.setData(view, HEAD_TAG, tag);
        if (previous == null) {
            view.addDetachListener(e -> e.getUI().getPage().executeJs(
                    "document.head.querySelectorAll('link[data-release-feed]').forEach(l => { if (l.getAttribute('data-release-feed') === $0) { l.remove(); } });",
                    (String) ComponentUtil.getData(view, HEAD_TAG)));
        }
    }
}
