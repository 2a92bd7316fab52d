package cn.gov.yongjia.shixiao.portal.staff.ui;

import java.util.List;
import java.util.stream.Collectors;

import cn.gov.yongjia.shixiao.portal.api.ApiUnavailableException;
import cn.gov.yongjia.shixiao.schema.types.UserError;
import com.vaadin.flow.component.Component;

/** Refusals in words a staff member understands: the code's translation, then the API's own message. */
final class StaffMessages {

    private StaffMessages() {
    }

    static String of(Component view, ApiUnavailableException e) {
        String known = switch (e.code()) {
            case "FORBIDDEN", "UNAUTHENTICATED", "INVALID_ARGUMENT", "UNREACHABLE" ->
                    view.getTranslation("staff.error." + e.code());
            default -> view.getTranslation("staff.error.other");
        };
        return "UNREACHABLE".equals(e.code()) || e.getMessage() == null ? known : known + " " + e.getMessage();
    }

    static String of(Component view, List<UserError> errors) {
        return view.getTranslation("staff.error.userErrors") + " " + errors.stream()
                .map(error -> error.getMessage() + (error.getField() == null || error.getField().isEmpty() ? ""
                        : " (" + String.join(".", error.getField()) + ")"))
                .collect(Collectors.joining("; "));
    }
}
