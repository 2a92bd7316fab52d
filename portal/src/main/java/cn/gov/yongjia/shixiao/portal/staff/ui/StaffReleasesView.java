package cn.gov.yongjia.shixiao.portal.staff.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import cn.gov.yongjia.shixiao.portal.staff.StaffReleases;
import cn.gov.yongjia.shixiao.portal.staff.StaffSession;
import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.ReleaseRight;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import cn.gov.yongjia.shixiao.schema.types.Viewer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The staff area's start: who is signed in and what the account may do, releases by state (drafts, scheduled with
 * their time, published, withdrawn), each opening the editor; "write a new release" only for accounts with EDIT.
 */
@Route(value = "staff/releases", layout = MainLayout.class)
@StyleSheet("styles/staff.css")
class StaffReleasesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffReleases releases;
    private final StaffSession session;

    StaffReleasesView(StaffReleases releases, StaffSession session) {
        this.releases = releases;
        this.session = session;
        setId("staff-releases-view");
        addClassName("staff");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var signedIn = StaffSession.current().orElse(null);
        if (signedIn == null) {
            return;
        }
        Button signOut = new Button(getTranslation("staff.signOut"), e -> {
            session.signOut();
            getUI().ifPresent(ui -> ui.navigate(StaffLoginView.class));
        });
        signOut.setId("staff-sign-out");
        add(new H1(getTranslation("staff.releases.title")),
                new Paragraph(getTranslation("staff.signedInAs", signedIn.username())), signOut);
        try {
            Viewer viewer = releases.viewer(signedIn.token());
            Set<ReleaseRight> rights = viewer == null || viewer.getReleaseRights() == null ? Set.of()
                    : Set.copyOf(viewer.getReleaseRights());
            Paragraph mayDo = new Paragraph(rights.isEmpty() ? getTranslation("staff.viewer.noRights")
                    : getTranslation("staff.viewer.rights", rights.stream().sorted()
                            .map(right -> getTranslation("staff.right." + right.name())).collect(Collectors.joining("、"))));
            mayDo.setId("staff-rights");
            add(mayDo);
            if (rights.contains(ReleaseRight.EDIT)) {
                Anchor create = new Anchor("staff/releases/new", getTranslation("staff.releases.new"));
                create.setId("staff-new-release");
                create.getElement().setAttribute("router-link", true);
                add(create);
            }
            for (ReleaseState state : ReleaseState.values()) {
                add(section(state, releases.inState(signedIn.token(), state)));
            }
        } catch (ApiUnavailableException e) {
            Paragraph message = new Paragraph(StaffMessages.of(this, e));
            message.setId("staff-message");
            message.getElement().setAttribute("role", "alert");
            add(message);
        }
    }

    private Section section(ReleaseState state, List<Release> list) {
        Section section = new Section(new H2(getTranslation("staff.state." + state.name()) + " (" + list.size() + ")"));
        section.setId("staff-releases-" + state.name().toLowerCase());
        UnorderedList items = new UnorderedList();
        for (Release release : list) {
            Anchor link = new Anchor("staff/releases/" + release.getId(), release.getTitle());
            link.getElement().setAttribute("router-link", true);
            ListItem item = new ListItem(link, new Span(" " + release.getIndexNumber()));
            if (release.getState() == ReleaseState.SCHEDULED && release.getScheduledFor() != null) {
                item.add(new Span(" " + getTranslation("staff.releases.scheduledFor",
                        ReleaseEditorView.inCounty(release.getScheduledFor()))));
            }
            items.add(item);
        }
        if (list.isEmpty()) {
            section.add(new Paragraph(getTranslation("staff.releases.none")));
        }
        section.add(items);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.releases.title") + " – " + getTranslation("layout.siteName");
    }
}
