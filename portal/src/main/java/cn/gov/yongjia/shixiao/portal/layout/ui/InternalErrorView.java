package cn.gov.yongjia.shixiao.portal.layout.ui;

import cn.gov.yongjia.shixiao.portal.layout.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything unexpected: logged here, and a plain apology for the reader, never a stack trace. */
@ParentLayout(MainLayout.class)
class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Unexpected failure showing {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        addClassName("page");
        setId("internal-error");
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.text")),
                new Anchor("./", getTranslation("notice.page.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
