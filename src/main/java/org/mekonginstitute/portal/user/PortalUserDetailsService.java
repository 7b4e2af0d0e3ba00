package org.mekonginstitute.portal.user;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.PlainText;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Looks up accounts by email for form login. A disabled or locked account is refused before its password is
 * checked, with the same message as a wrong password.
 */
@Service
@RequiredArgsConstructor
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        if (!PlainText.storable(email)) {
            throw new UsernameNotFoundException("No such user"); // no account's email holds such a character
        }
        return accounts.findByEmail(UserAccount.normaliseEmail(email))
                .map(account -> new PortalUser(account, Instant.now(clock)))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
