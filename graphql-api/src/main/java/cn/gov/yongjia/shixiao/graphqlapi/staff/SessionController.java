package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.api.UserError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;

/** {@code signIn} gives a bearer token for a username and password; {@code signOut} revokes the token in use. */
@Controller
class SessionController {

    record SignIn(String token, OffsetDateTime expiresAt, List<UserError> userErrors) {
    }

    private final StaffAccounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;

    SessionController(StaffAccounts accounts, ApiTokens tokens, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
    }

    @MutationMapping
    SignIn signIn(@Argument String username, @Argument String password) {
        var member = accounts.find(username.strip()).filter(StaffMember::isEnabled)
                .filter(m -> passwords.matches(password, m.passwordHash()));
        if (member.isEmpty()) {
            // one answer for an unknown user and a wrong password, so the API tells no one which usernames exist
            return new SignIn(null, null, List.of(UserError.invalid("用户名或密码不对 / Wrong username or password", "password")));
        }
        ApiTokens.Issued issued = tokens.issue(member.get().username());
        return new SignIn(issued.token(), issued.expiresAt(), List.of());
    }

    @MutationMapping
    boolean signOut(@org.springframework.graphql.data.method.annotation.ContextValue(name = "bearerToken", required = false) String token) {
        return token != null && tokens.revoke(token);
    }

    /** Hands the request's bearer token to {@code signOut} through the GraphQL context. */
    @org.springframework.context.annotation.Bean
    static WebGraphQlInterceptor bearerTokenToContext() {
        return (request, chain) -> {
            String header = request.getHeaders().getFirst("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String token = header.substring(7).strip();
                request.configureExecutionInput((input, builder) ->
                        builder.graphQLContext(java.util.Map.of("bearerToken", token)).build());
            }
            return chain.next(request);
        };
    }
}
