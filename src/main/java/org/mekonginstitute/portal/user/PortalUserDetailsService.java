package org.mekonginstitute.portal.user;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up accounts by email for form login. */
@Service
@RequiredArgsConstructor
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email))
                .map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
