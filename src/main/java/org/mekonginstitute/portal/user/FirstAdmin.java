package org.mekonginstitute.portal.user;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.user.password.PasswordPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a new installation nobody could log in to create the first account: when the user table is empty and
 * PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD are set, that administrator is created at start-up. A password
 * the {@link PasswordPolicy} refuses stops the start, with the reason, rather than leave a weak administrator.
 */
@Slf4j
@Component
@Order(0)
@RequiredArgsConstructor
class FirstAdmin implements ApplicationRunner {

    private final UserService users;

    @Value("${portal.admin.email:}")
    private String email;

    @Value("${portal.admin.password:}")
    private String password;

    @Value("${portal.admin.name:Administrator}")
    private String name;

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            // A portal nobody can log in to: loud enough to be seen among the start-up lines.
            log.warn("No user account exists, so nobody can log in: set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD"
                    + " and restart to create the first administrator.");
            return;
        }
        try {
            users.create(email, name, Role.ADMIN, password);
        } catch (InvalidInput refused) {
            // For whoever starts the portal: the policy's reason comes in English, as no reader's language applies.
            String policy = "PORTAL_ADMIN_PASSWORD is refused by the password policy: ";
            String reason = refused.problems().get(0).message();
            throw new IllegalStateException(policy + reason + " No administrator was created.");
        }
        log.info("Created the first administrator {}", UserAccount.normaliseEmail(email));
    }
}
