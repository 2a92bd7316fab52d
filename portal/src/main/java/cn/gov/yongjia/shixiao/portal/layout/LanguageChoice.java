package cn.gov.yongjia.shixiao.portal.layout;

import java.util.Arrays;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * Every new page starts in the language the reader chose last time (the cookie), else Chinese. The browser's own
 * language preference is deliberately not used: the portal is Chinese first, English on request.
 */
@Component
class LanguageChoice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(remembered(VaadinRequest.getCurrent()).locale()));
    }

    static Language remembered(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Language.CHINESE;
        }
        return Arrays.stream(request.getCookies()).filter(c -> Language.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).map(Language::ofCode).flatMap(java.util.Optional::stream)
                .findFirst().orElse(Language.CHINESE);
    }

    static Cookie cookieFor(Language language) {
        Cookie cookie = new Cookie(Language.COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
