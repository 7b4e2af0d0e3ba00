package org.mekonginstitute.portal.api.token;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API tokens of the demo users, as the institute's other systems would hold them: the website's and the finance
 * system's read-only tokens, the analysts' Power BI refresh, a partner's registration system that sends participants
 * in, and an old workbook's token, revoked. Their secrets were never shown to anyone, so they open nothing; they show
 * what the token pages look like in use.
 */
@Component
@Order(70)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class ApiTokenDemoData implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from api_token", Integer.class);
        if (existing == null || existing > 0) {
            return;
        }
        token("staff@demo.mekonginstitute.org", "Institute website: activity calendar", "READ", 80, 95, 0, false);
        token("staff@demo.mekonginstitute.org", "TICA partner registration system", "READ_WRITE", 20, 70, 2, false);
        token("manager@demo.mekonginstitute.org", "Power BI: reach dashboard refresh", "READ", 45, 320, 1, false);
        token("admin@demo.mekonginstitute.org", "Finance system: projects and funding", "READ", 120, 245, 0, false);
        token("manager@demo.mekonginstitute.org", "Excel workbook (old laptop)", "READ", 200, 160, 150, true);
    }

    /** A token created {@code age} days ago, working for {@code days} days from then, last used {@code idle} days ago. */
    private void token(String owner, String name, String scope, int age, int days, int idle, boolean revoked) {
        jdbc.update(
                "insert into api_token (user_account_id, name, token_hash, scope, created_at, expires_at, last_used_at,"
                        + " revoked_at, revoked_by)"
                        + " select id, ?, ?, ?, now() - make_interval(days => ?), now() - make_interval(days => ?)"
                        + " + make_interval(days => ?), now() - make_interval(days => ?),"
                        + " case when ? then now() - make_interval(days => ?) end, case when ? then email end"
                        + " from user_account where email = ?",
                name,
                SecretTokens.hash(SecretTokens.generate()),
                scope,
                age,
                age,
                days,
                idle,
                revoked,
                idle,
                revoked,
                owner);
    }
}
