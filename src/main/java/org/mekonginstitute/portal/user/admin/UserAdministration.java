package org.mekonginstitute.portal.user.admin;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.department.Department;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserAccountRepository;
import org.mekonginstitute.portal.user.password.SetPasswordLinks;
import org.mekonginstitute.portal.user.security.UserSessions;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What administrators do with accounts: create one (its user then chooses a password through a link),
 * disable and enable it, change its role, lift a lock. The portal always keeps at least one enabled
 * administrator. Users change their own password here too.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class UserAdministration {

    /** A new account and the link its user sets a password with. */
    public record Created(UserAccount account, SetPasswordLinks.Issued link) {}

    private final UserAccountRepository accounts;
    private final UserQueries queries;
    private final Departments departments;
    private final SetPasswordLinks links;
    private final UserSessions sessions;
    private final Clock clock;

    Page<UserRow> search(UserFilter filter) {
        return queries.search(filter, Instant.now(clock));
    }

    UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    /** What an account's page shows, read in one transaction (the department is lazy). */
    record AccountPage(UserAccount account, String department, boolean locked, Instant pendingLinkUntil) {}

    AccountPage page(long id) {
        UserAccount account = get(id);
        Instant now = Instant.now(clock);
        return new AccountPage(
                account,
                Optional.ofNullable(account.getDepartment())
                        .map(Department::getName)
                        .orElse(null),
                account.isLockedAt(now),
                links.pendingUntil(id, now).orElse(null));
    }

    @Transactional
    public Created create(NewUserForm form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(
                accounts.existsByEmail(UserAccount.normaliseEmail(form.getEmail())),
                "email",
                Text.of("user.email.taken"));
        Department department = null;
        if (form.getDepartmentId() != null) {
            department = departments.find(form.getDepartmentId()).orElse(null);
            problems.addIf(department == null, "departmentId", Text.of("user.department.unknown"));
        }
        problems.check();
        UserAccount account = new UserAccount(form.getEmail(), form.getDisplayName(), form.getRole());
        account.assignTo(department);
        accounts.saveAndFlush(account);
        return new Created(account, links.issue(account.getId()));
    }

    @Transactional
    public SetPasswordLinks.Issued issueLink(long id) {
        return links.issue(get(id).getId());
    }

    @Transactional
    public UserAccount disable(long id) {
        UserAccount account = get(id);
        keepAnAdministratorBesides(account);
        if (account.disable()) {
            sessions.endOthersOf(account.getEmail());
        }
        return account;
    }

    @Transactional
    UserAccount enable(long id) {
        return changed(id, UserAccount::enable);
    }

    @Transactional
    UserAccount changeRole(long id, Role role) {
        UserAccount account = get(id);
        if (account.getRole() != role) {
            keepAnAdministratorBesides(account);
        }
        if (account.changeRole(role)) {
            // A logged-in user keeps the role they logged in with until their session ends: end it now.
            sessions.endOthersOf(account.getEmail());
        }
        return account;
    }

    @Transactional
    UserAccount unlock(long id) {
        return changed(id, UserAccount::unlock);
    }

    /** The account after a change no rule stands in the way of. */
    private UserAccount changed(long id, Consumer<UserAccount> change) {
        UserAccount account = get(id);
        change.accept(account);
        return account;
    }

    /** Refuses to take away the last enabled administrator; the enabled administrators stay locked until commit. */
    private void keepAnAdministratorBesides(UserAccount account) {
        if (account.getRole() != Role.ADMIN || !account.isEnabled()) {
            return;
        }
        boolean another = accounts.lockEnabledAdmins().stream()
                .anyMatch(admin -> !admin.getId().equals(account.getId()));
        if (!another) {
            throw new LastAdministratorException();
        }
    }

    /** Disabling or demoting this account would leave nobody able to administer the portal. */
    static class LastAdministratorException extends RuntimeException {
        LastAdministratorException() {
            super(Text.of("user.lastAdmin"));
        }
    }
}
