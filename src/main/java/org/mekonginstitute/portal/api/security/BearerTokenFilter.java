package org.mekonginstitute.portal.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mekonginstitute.portal.api.token.ApiTokens;
import org.mekonginstitute.portal.api.token.Bearer;
import org.mekonginstitute.portal.api.token.TokenScope;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the API with a personal access token ({@code Authorization: Bearer mip_…}): the call then acts as the
 * token's owner, with their role, and may write only with a read-write token. A token that opens nothing is
 * answered 401 at once; a call past the token's rate limit 429 with {@code Retry-After}. Without the header the call
 * goes on anonymously, and the authorisation rules answer 401 where a token is needed.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;
    private final UserService users;
    private final RateLimits limits;

    BearerTokenFilter(ApiTokens tokens, UserService users, RateLimits limits) {
        this.tokens = tokens;
        this.users = users;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Bearer> bearer = header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? tokens.open(header.substring(SCHEME.length()).strip())
                : Optional.empty();
        Optional<PortalUser> owner = bearer.flatMap(b -> users.enabledUser(b.ownerId()));
        if (owner.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ProblemResponses.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "This token opens nothing: it is unknown, expired or revoked. Create a new one on your account"
                            + " page.");
            return;
        }
        RateLimits.Decision decision = limits.take(bearer.get().tokenId());
        response.setHeader("RateLimit-Limit", String.valueOf(limits.limit()));
        response.setHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            ProblemResponses.write(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many calls with this token: try again in " + decision.retryAfterSeconds() + " s.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(owner.get(), bearer.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A call made with a token: its owner as principal, the owner's role, and the write scope if the token has it. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final PortalUser owner;
        private final Bearer bearer;

        TokenAuthentication(PortalUser owner, Bearer bearer) {
            super(authorities(owner, bearer));
            this.owner = owner;
            this.bearer = bearer;
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> authorities(PortalUser owner, Bearer bearer) {
            List<GrantedAuthority> all = new ArrayList<>(owner.getAuthorities());
            if (bearer.scope().writes()) {
                all.add(new SimpleGrantedAuthority(TokenScope.WRITE_AUTHORITY));
            }
            return all;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public PortalUser getPrincipal() {
            return owner;
        }

        Bearer bearer() {
            return bearer;
        }
    }
}
