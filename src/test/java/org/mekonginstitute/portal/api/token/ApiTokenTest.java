package org.mekonginstitute.portal.api.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.Instant;

/** A token's own rules: it expires after it is made, and its first revocation stays on record. */
class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    @Test
    void aTokenThatWouldExpireBeforeItIsMadeIsRefused() {
        assertThatThrownBy(() -> new ApiToken(1, "Website", "0".repeat(64), TokenScope.READ, NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revokingAgainKeepsWhoRevokedItFirstAndWhen() {
        ApiToken token = new ApiToken(1, "Website", "0".repeat(64), TokenScope.READ, NOW, NOW.plusSeconds(86_400));
        assertThat(token.isRevoked()).isFalse();
        token.revoke("admin@example.org", NOW.plusSeconds(60));
        token.revoke("staff@example.org", NOW.plusSeconds(120));
        assertThat(token.isRevoked()).isTrue();
        assertThat(token.getRevokedBy()).isEqualTo("admin@example.org");
        assertThat(token.getRevokedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void onlyAReadWriteTokenWrites() {
        assertThat(TokenScope.READ.writes()).isFalse();
        assertThat(TokenScope.READ_WRITE.writes()).isTrue();
    }
}
