package cn.gov.yongjia.shixiao.portal.layout;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The friendly message shown where data could not be read: what happened in plain words and what still works, never
 * a stack trace. When only the search index is down, the register (business pages, the list) still works.
 */
public class ApiNotice extends Div {

    public ApiNotice(ApiUnavailableException failure) {
        setId("api-notice");
        addClassName("notice");
        addClassName("notice-warning");
        getElement().setAttribute("role", "alert");
        boolean searchOnly = failure.searchOnly();
        Span title = new Span(getTranslation(searchOnly ? "notice.searchDown.title" : "notice.apiDown.title"));
        title.addClassName("notice-title");
        add(title, new Paragraph(getTranslation(searchOnly ? "notice.searchDown.stillWorks" : "notice.apiDown.stillWorks")));
    }
}
