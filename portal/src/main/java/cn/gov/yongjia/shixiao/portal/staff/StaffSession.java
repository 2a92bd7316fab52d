package cn.gov.yongjia.shixiao.portal.staff;

import java.util.List;
import java.util.Optional;

import cn.gov.yongjia.shixiao.portal.api.GraphQlApi;
import cn.gov.yongjia.shixiao.schema.client.SignInGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.client.SignInProjectionRoot;
import cn.gov.yongjia.shixiao.schema.client.SignOutGraphQLQuery;
import cn.gov.yongjia.shixiao.schema.types.SignInPayload;
import cn.gov.yongjia.shixiao.schema.types.UserError;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Service;

/**
 * Who is signed in to the staff area: the API's bearer token and the user name, kept in the Vaadin session only
 * (never in a cookie of ours, never logged). Signing in and out goes through the API's {@code signIn}/{@code signOut}.
 */
@Service
public class StaffSession {

    private final GraphQlApi api;

    StaffSession(GraphQlApi api) {
        this.api = api;
    }

    /** The signed-in staff member of the current Vaadin session, if any. */
    public static Optional<SignedIn> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SignedIn.class));
    }

    /** Signs in through the API; on success the token is kept in the Vaadin session. Empty when refused. */
    public Optional<SignedIn> signIn(String username, String password) {
        var root = new SignInProjectionRoot<>();
        root.token();
        var userErrors = root.userErrors();
        userErrors.field().message();
        userErrors.code();
        SignInPayload payload = api.query(SignInGraphQLQuery.newRequest().username(username).password(password).build(),
                root, SignInPayload.class);
        List<UserError> errors = payload.getUserErrors() == null ? List.of() : payload.getUserErrors();
        if (payload.getToken() == null || !errors.isEmpty()) {
            return Optional.empty();
        }
        SignedIn signedIn = new SignedIn(username, payload.getToken());
        VaadinSession.getCurrent().setAttribute(SignedIn.class, signedIn);
        return Optional.of(signedIn);
    }

    /** Ends the API session and forgets the token; forgets it even when the API cannot be reached. */
    public void signOut() {
        current().ifPresent(signedIn -> {
            try {
                api.sendAsStaff(signedIn.token(), new SignOutGraphQLQuery(), null, Boolean.class);
            } finally {
                VaadinSession.getCurrent().setAttribute(SignedIn.class, null);
            }
        });
    }

    /** A signed-in staff member. {@code toString} leaves the token out, so it never reaches a log. */
    public record SignedIn(String username, String token) {
        @Override
        public String toString() {
            return "SignedIn[" + username + "]";
        }
    }
}
