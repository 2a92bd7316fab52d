package cn.gov.yongjia.shixiao.portal.layout;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;

/**
 * The frame of every public page: a skip link, the header with the portal's name, the main navigation and the
 * language switch, the page's own content inside {@code <main>}, and the footer. Views shown in it must not add a
 * {@code <main>} of their own; they start with one {@code <h1>}.
 *
 * <p>Use it with {@code @Route(value = "figures", layout = MainLayout.class)}. Labels come from
 * {@link PortalTranslations}; switching the language remembers the choice in a cookie and reloads the page.
 */
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** The navigation: path → translation key. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("", "nav.home");
        SECTIONS.put("search", "nav.search");
        SECTIONS.put("releases", "nav.releases");
        SECTIONS.put("figures", "nav.figures");
        SECTIONS.put("open-data", "nav.openData");
    }

    private final Main content = new Main();
    private final Map<String, Anchor> links = new LinkedHashMap<>();

    public MainLayout() {
        addClassName("portal");
        Anchor skip = new Anchor("#content", getTranslation("layout.skipToContent"));
        skip.addClassName("skip-link");
        skip.setId("skip-link");

        Anchor brand = new Anchor("./", "");
        brand.addClassName("brand");
        brand.getElement().setAttribute("router-link", true);
        Span mark = new Span("十小");
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(getTranslation("layout.siteName"));
        title.addClassName("brand-name");
        brand.add(mark, title);

        UnorderedList list = new UnorderedList();
        SECTIONS.forEach((path, key) -> {
            Anchor link = new Anchor(path.isEmpty() ? "./" : path, getTranslation(key));
            link.getElement().setAttribute("router-link", true);
            link.setId("nav-" + (path.isEmpty() ? "home" : path));
            links.put(path, link);
            list.add(new ListItem(link));
        });
        Nav nav = new Nav(list);
        nav.addClassName("site-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.mainNavigation"));

        Language current = Language.of(getLocale());
        Language other = current.other();
        NativeButton switcher = new NativeButton(getTranslation("layout.switchTo"), e -> switchTo(other));
        switcher.setId("language-switch");
        switcher.addClassName("language-switch");
        switcher.getElement().setAttribute("lang", other.htmlLang());
        switcher.getElement().setAttribute("aria-label", getTranslation("layout.switchToLabel"));

        Header header = new Header(brand, nav, switcher);
        header.addClassName("site-header");

        content.setId("content");
        content.addClassName("site-content");
        content.getElement().setAttribute("tabindex", "-1");

        Paragraph demo = new Paragraph(getTranslation("layout.demoNotice"));
        demo.addClassName("demo-notice");
        Paragraph about = new Paragraph(getTranslation("layout.footerAbout"));
        Anchor api = new Anchor("open-data", getTranslation("layout.footerOpenData"));
        Anchor staff = new Anchor("staff/releases", getTranslation("staff.footerLink"));
        staff.setId("footer-staff");
        Footer footer = new Footer(about, demo, api, staff);
        footer.addClassName("site-footer");

        add(skip, header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getFirstSegment();
        links.forEach((section, link) -> {
            boolean current = section.equals(path) || (section.equals("search") && path.equals("business"));
            if (section.equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
            link.setClassName("current", current);
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Language language = Language.of(getLocale());
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0", language.htmlLang());
    }

    private void switchTo(Language language) {
        VaadinService.getCurrentResponse().addCookie(LanguageChoice.cookieFor(language));
        UI ui = UI.getCurrent();
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }
}
