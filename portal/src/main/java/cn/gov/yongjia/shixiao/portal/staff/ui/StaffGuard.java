package cn.gov.yongjia.shixiao.portal.staff.ui;

import cn.gov.yongjia.shixiao.portal.staff.StaffSession;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every {@code /staff/**} view but the login sends a visitor who is not signed in to {@code /staff/login}. */
@Component
class StaffGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(StaffGuard::check));
    }

    private static void check(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        boolean staffArea = path.equals("staff") || path.startsWith("staff/");
        if (staffArea && !path.equals("staff/login") && StaffSession.current().isEmpty()) {
            event.rerouteTo(StaffLoginView.class);
        }
    }
}
