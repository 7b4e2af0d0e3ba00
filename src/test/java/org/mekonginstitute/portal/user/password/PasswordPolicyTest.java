package org.mekonginstitute.portal.user.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.TestUsers;

class PasswordPolicyTest {

    private static final String EMAIL = "somchai.p@mekonginstitute.org";

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theDemoPasswordIsAccepted() {
        assertThat(policy.problem(TestUsers.PASSWORD, TestUsers.ADMIN)).isEmpty();
        assertThat(policy.problem(TestUsers.PASSWORD, TestUsers.MANAGER)).isEmpty();
        assertThat(policy.problem(TestUsers.PASSWORD, TestUsers.STAFF)).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(policy.problem("Rv8#kq2!Lm4", EMAIL)).hasValue("Use at least 12 characters.");
        assertThat(policy.problem("Rv8#kq2!Lm4z", EMAIL)).isEmpty();
        assertThat(policy.problem("            ", EMAIL)).hasValue("Enter a password.");
        assertThat(policy.problem(null, EMAIL)).hasValue("Enter a password.");
    }

    @Test
    void lettersOfTheRegionCountAsOneCharacterEach() {
        assertThat(policy.problem("สวัสดีครับผมชื่อสม", EMAIL)).isEmpty();
        assertThat(policy.problem("ສະບາຍດີ", EMAIL)).hasValue("Use at least 12 characters.");
    }

    @Test
    void theEmailOrItsNamePartIsRefusedInAnyCase() {
        assertThat(policy.problem(EMAIL, EMAIL))
                .hasValueSatisfying(m -> assertThat(m).contains("email"));
        assertThat(policy.problem("Somchai.P-2026-Mekong", EMAIL))
                .hasValueSatisfying(m -> assertThat(m).contains("email"));
        assertThat(policy.problem("MY-SOMCHAI.P@MEKONGINSTITUTE.ORG!", " Somchai.P@MekongInstitute.org "))
                .hasValueSatisfying(m -> assertThat(m).contains("email"));
    }

    @Test
    void aVeryShortNamePartDoesNotForbidEveryPasswordWithThoseLetters() {
        assertThat(policy.problem("jolly-river-boat-42", "jo@mekonginstitute.org"))
                .isEmpty();
    }

    @Test
    void commonPasswordsFromTheShippedListAreRefusedIgnoringCase() {
        assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(30_000);
        assertThat(policy.isCommon("123456")).isTrue();
        assertThat(policy.problem("password1234", EMAIL))
                .hasValueSatisfying(m -> assertThat(m).contains("most common"));
        assertThat(policy.problem("QwertyUiop123", EMAIL))
                .hasValueSatisfying(m -> assertThat(m).contains("most common"));
        assertThat(policy.problem("1qaz2wsx3edc", EMAIL))
                .hasValueSatisfying(m -> assertThat(m).contains("most common"));
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefusedNotCutShort() {
        assertThat(policy.problem("a-long-river-".repeat(5) + "1234567", EMAIL)).isEmpty(); // 72 bytes
        assertThat(policy.problem("a-long-river-".repeat(5) + "12345678", EMAIL))
                .hasValueSatisfying(m -> assertThat(m).contains("at most 72"));
        assertThat(policy.problem("ก".repeat(25), EMAIL))
                .hasValueSatisfying(m -> assertThat(m).contains("at most 72"));
        assertThat(policy.problem("x".repeat(100_000), EMAIL))
                .hasValueSatisfying(m -> assertThat(m).contains("at most 72"));
    }

    @Test
    void checkNamesTheNewPasswordFieldForTheForm() {
        assertThatThrownBy(() -> policy.check("short", EMAIL))
                .isInstanceOfSatisfying(
                        org.mekonginstitute.portal.shared.InvalidInput.class,
                        invalid -> assertThat(invalid.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.field()).isEqualTo("newPassword");
                                    assertThat(problem.message()).isEqualTo("Use at least 12 characters.");
                                }));
    }
}
