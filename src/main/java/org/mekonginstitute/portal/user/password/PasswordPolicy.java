package org.mekonginstitute.portal.user.password;

import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.UserAccount;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for every password the portal accepts, wherever it is set (the first administrator, a
 * set-password link, a user changing their own): long enough, not the user's email, not a common password.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    /** bcrypt reads only the first 72 bytes of a password, and Spring Security refuses longer ones outright. */
    static final int MAXIMUM_BYTES = 72;

    /** The form field a password problem is shown beside. */
    static final String FIELD = "newPassword";

    private static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Why {@code password} is refused for the account {@code email}, or empty when it is acceptable. */
    public Optional<String> problem(String password, String email) {
        if (password == null || password.isBlank()) {
            return Optional.of(Text.of("user.password.required"));
        }
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of(Text.of("user.password.tooShort", String.valueOf(MINIMUM_LENGTH)));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of(Text.of("user.password.tooLong"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String account = UserAccount.normaliseEmail(email);
        if (account != null && !account.isEmpty()) {
            String localPart = account.contains("@") ? account.substring(0, account.indexOf('@')) : account;
            // A one- or two-letter name part ("jo@...") would forbid half the alphabet; the whole email still counts.
            if (lower.contains(account) || (localPart.length() >= 3 && lower.contains(localPart))) {
                return Optional.of(Text.of("user.password.email"));
            }
        }
        if (common.contains(lower)) {
            return Optional.of(Text.of("user.password.common"));
        }
        return Optional.empty();
    }

    /** Throws {@link InvalidInput} naming the new-password field when {@code password} is refused. */
    public void check(String password, String email) {
        problem(password, email).ifPresent(message -> {
            throw new InvalidInput(java.util.List.of(new InvalidInput.Problem(FIELD, message)));
        });
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(40_000);
        ClassPathResource resource = new ClassPathResource(COMMON_PASSWORDS);
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords " + COMMON_PASSWORDS, e);
        }
        return Set.copyOf(passwords);
    }
}
