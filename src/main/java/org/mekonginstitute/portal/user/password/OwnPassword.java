package org.mekonginstitute.portal.user.password;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserAccountRepository;
import org.mekonginstitute.portal.user.security.UserSessions;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A user changes their own password: the current one must be right, the new one pass the policy and differ from the
 * current one. Their other sessions end; this one goes on.
 */
@Service
@RequiredArgsConstructor
class OwnPassword {

    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;

    @Transactional
    void change(long id, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInput(
                    List.of(new InvalidInput.Problem("currentPassword", Text.of("user.password.current.wrong"))));
        }
        policy.check(newPassword, account.getEmail());
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInput(
                    List.of(new InvalidInput.Problem(PasswordPolicy.FIELD, Text.of("user.password.same"))));
        }
        account.usePassword(passwordEncoder.encode(newPassword));
        sessions.endOthersOf(account.getEmail());
    }
}
