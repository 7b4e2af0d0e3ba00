package org.mekonginstitute.portal.user;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Display names for the logins recorded on records ("someone", in the reader's language, when none was). */
@Component
@RequiredArgsConstructor
class UserNames implements UserDirectory {

    private final UserAccountRepository accounts;

    @Override
    @Transactional(readOnly = true)
    public String displayName(String login) {
        if (login == null || login.isBlank()) {
            return Text.of("user.someone");
        }
        return accounts.findByEmail(login).map(UserAccount::getDisplayName).orElse(login);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> logins) {
        Map<String, String> names = new HashMap<>();
        List<String> known = logins.stream()
                .filter(login -> login != null && !login.isBlank())
                .distinct()
                .toList();
        if (!known.isEmpty()) {
            accounts.findByEmailIn(known).forEach(account -> names.put(account.getEmail(), account.getDisplayName()));
        }
        for (String login : logins) {
            names.putIfAbsent(
                    login == null ? "" : login, login == null || login.isBlank() ? Text.of("user.someone") : login);
        }
        return names;
    }
}
