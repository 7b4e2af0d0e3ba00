package org.mekonginstitute.portal.support;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.api.token.ApiTokens;
import org.mekonginstitute.portal.api.token.TokenScope;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * API tokens for the tests: working ones of the demo users, and tokens that open nothing (expired, revoked, of a
 * disabled account, unknown). A fresh token has a fresh rate limit. They are written as {@link ApiTokens} writes them,
 * past the limit of 20 working tokens a person may create, since one test run makes many; ApiTest creates tokens as
 * people do, on the account page.
 */
@Component
@RequiredArgsConstructor
public class ApiTestTokens {

    private final UserService users;
    private final JdbcTemplate jdbc;

    /**
     * A new read-write token of the demo user with this role ("STAFF", "MANAGER", "ADMIN"); null for "ANONYMOUS". New
     * each time: a token has its own rate limit, and one shared by the whole suite would run out of calls.
     */
    public String of(String role) {
        return switch (role) {
            case "STAFF" -> fresh(TestUsers.STAFF, TokenScope.READ_WRITE);
            case "MANAGER" -> fresh(TestUsers.MANAGER, TokenScope.READ_WRITE);
            case "ADMIN" -> fresh(TestUsers.ADMIN, TokenScope.READ_WRITE);
            default -> null;
        };
    }

    /** A new token of the user, working for 30 days. */
    public String fresh(String email, TokenScope scope) {
        String token = ApiTokens.PREFIX + SecretTokens.generate();
        insert(email, token, scope);
        return token;
    }

    public String readOnly() {
        return fresh(TestUsers.STAFF, TokenScope.READ);
    }

    /** The id of a new working token of the demo staff member. */
    public long idOfNew() {
        return insert(TestUsers.STAFF, ApiTokens.PREFIX + SecretTokens.generate(), TokenScope.READ);
    }

    /** A token of the demo staff member that worked until yesterday. */
    public String expired() {
        String token = ApiTokens.PREFIX + SecretTokens.generate();
        jdbc.update(
                "insert into api_token (user_account_id, name, token_hash, scope, created_at, expires_at)"
                        + " values ((select id from user_account where email = ?), 'Expired', ?, 'READ_WRITE',"
                        + " now() - interval '10 days', now() - interval '1 day')",
                TestUsers.STAFF,
                SecretTokens.hash(token));
        return token;
    }

    /** A token of the demo staff member that its owner revoked. */
    public String revoked() {
        String token = fresh(TestUsers.STAFF, TokenScope.READ_WRITE);
        revoke(token);
        return token;
    }

    public void revoke(String token) {
        jdbc.update("update api_token set revoked_at = now() where token_hash = ?", SecretTokens.hash(token));
    }

    /** A working read-write token whose owner's account was disabled since. */
    public String ofDisabledAccount() {
        String email = "disabled-" + TestData.unique().toLowerCase() + "@api.example.org";
        users.create(email, "Disabled API User", Role.STAFF, "Disabled-Api-User-2026");
        String token = fresh(email, TokenScope.READ_WRITE);
        jdbc.update("update user_account set enabled = false where email = ?", email);
        return token;
    }

    /** Well formed, but no token of the portal. */
    public static String unknown() {
        return ApiTokens.PREFIX + SecretTokens.generate();
    }

    private long insert(String email, String token, TokenScope scope) {
        return jdbc.queryForObject(
                "insert into api_token (user_account_id, name, token_hash, scope, expires_at)"
                        + " values ((select id from user_account where email = ?), ?, ?, ?, now() + interval '30 days')"
                        + " returning id",
                Long.class,
                email,
                "Test " + TestData.unique(),
                SecretTokens.hash(token),
                scope.name());
    }
}
