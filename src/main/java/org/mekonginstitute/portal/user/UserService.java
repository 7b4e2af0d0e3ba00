package org.mekonginstitute.portal.user;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.user.password.PasswordPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts as the rest of the portal uses them. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class UserService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;

    public long count() {
        return accounts.count();
    }

    public boolean exists(String email) {
        return accounts.existsByEmail(UserAccount.normaliseEmail(email));
    }

    /**
     * Creates an account whose password is already chosen (first admin, demo users). The password must pass the
     * {@link PasswordPolicy}; otherwise {@link org.mekonginstitute.portal.shared.InvalidInput} says why.
     */
    @Transactional
    public UserAccount create(String email, String displayName, Role role, String rawPassword) {
        passwordPolicy.check(rawPassword, email);
        UserAccount account = new UserAccount(email, displayName, role);
        account.usePassword(passwordEncoder.encode(rawPassword));
        return accounts.save(account);
    }

    public Optional<UserAccount> find(Long id) {
        return id == null ? Optional.empty() : accounts.findById(id);
    }

    /** Enabled accounts as pickers list them (project managers, staff responsible), by name. */
    public List<UserOption> options() {
        return accounts.findOptions();
    }

    /**
     * Who reviews the activities of a department: its managers, or every manager when it has none (or when the
     * department is not known).
     */
    public List<UserOption> reviewers(Long departmentId) {
        List<UserOption> managers = departmentId == null ? List.of() : accounts.findManagers(departmentId);
        return managers.isEmpty() ? accounts.findManagers(null) : managers;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email));
    }

    /**
     * The enabled account as a logged-in user, for a credential other than the password (an API token) that acts
     * with the account's role. A lock after wrong passwords guards the password only, so it does not stop this.
     */
    public Optional<PortalUser> enabledUser(long id) {
        return accounts.findById(id)
                .filter(UserAccount::isEnabled)
                .map(account -> new PortalUser(account, Instant.now()));
    }

    /** Keeps the language a user chose, for this and their next logins. */
    @Transactional
    public void chooseLanguage(long userId, Language language) {
        accounts.findById(userId).ifPresent(account -> account.speaks(language));
    }

    /** The account as a logged-in user, for work the portal does on someone's behalf (demo data, imports). */
    public PortalUser actingAs(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email))
                .map(account -> new PortalUser(account, Instant.now()))
                .orElseThrow(() -> new IllegalArgumentException("No account " + email));
    }
}
