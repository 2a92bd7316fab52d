package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in by its {@code Authorization: Bearer} token. A token that is unknown, expired or revoked is
 * refused with HTTP 401 (as wrong Basic credentials are); requests without one go on anonymously.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_ATTRIBUTE = BearerTokenFilter.class.getName() + ".token";

    private final ApiTokens tokens;
    private final StaffAccounts accounts;

    BearerTokenFilter(ApiTokens tokens, StaffAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).strip();
        var member = tokens.usernameFor(token).flatMap(accounts::find).filter(StaffMember::isEnabled);
        if (member.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Invalid or expired token");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.get(), null,
                member.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(TOKEN_ATTRIBUTE, token);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
