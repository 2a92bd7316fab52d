package cn.gov.yongjia.shixiao.portal.staff.ui;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.layout.BuiltInTexts;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import cn.gov.yongjia.shixiao.portal.staff.StaffSession;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The staff area's sign-in: Vaadin's login form, checked by the API's {@code signIn}. */
@Route(value = "staff/login", layout = MainLayout.class)
@StyleSheet("styles/staff.css")
class StaffLoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    StaffLoginView(StaffSession session) {
        setId("staff-login-view");
        addClassName("staff");
        LoginForm form = new LoginForm();
        form.setId("staff-login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(BuiltInTexts.login(this::getTranslation));
        Paragraph unreachable = new Paragraph();
        unreachable.setId("staff-login-message");
        unreachable.getElement().setAttribute("role", "alert");
        form.addLoginListener(event -> {
            try {
                if (session.signIn(event.getUsername(), event.getPassword()).isPresent()) {
                    getUI().ifPresent(ui -> ui.navigate(StaffReleasesView.class));
                } else {
                    form.setError(true);
                }
            } catch (ApiUnavailableException e) {
                form.setEnabled(true);
                unreachable.setText(getTranslation("staff.error.unreachable"));
            }
        });
        add(new H1(getTranslation("staff.title")), form, unreachable);
    }

    /** Someone already signed in goes straight to the releases. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (StaffSession.current().isPresent()) {
            event.forwardTo(StaffReleasesView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.login.title") + " – " + getTranslation("layout.siteName");
    }
}
