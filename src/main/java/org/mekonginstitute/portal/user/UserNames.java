package org.mekonginstitute.portal.user;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Display names for the logins recorded on records ("system" for changes the portal made itself). */
@Component
@RequiredArgsConstructor
public class UserNames implements UserDirectory {

    private final UserAccountRepository accounts;

    @Override
    @Transactional(readOnly = true)
    public String displayName(String login) {
        if (login == null || login.isBlank()) {
            return "someone";
        }
        return accounts.findByEmail(login).map(UserAccount::getDisplayName).orElse(login);
    }
}
