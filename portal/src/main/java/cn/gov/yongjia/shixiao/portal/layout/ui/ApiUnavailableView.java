package cn.gov.yongjia.shixiao.portal.layout.ui;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.portal.layout.ApiNotice;
import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any page whose data could not be read: the friendly message (HTTP 503), inside the frame. */
@ParentLayout(MainLayout.class)
class ApiUnavailableView extends Div implements HasErrorParameter<ApiUnavailableException> {

    private static final Logger log = LoggerFactory.getLogger(ApiUnavailableView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ApiUnavailableException> parameter) {
        log.warn("{} ({})", parameter.getException().getMessage(), parameter.getException().code());
        removeAll();
        addClassName("page");
        add(new H1(getTranslation("notice.page.title")), new ApiNotice(parameter.getException()),
                new Anchor("./", getTranslation("notice.page.home")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
