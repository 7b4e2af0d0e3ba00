package org.mekonginstitute.portal.user;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
    private final JdbcTemplate jdbc;

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
            // One array parameter rather than an IN list: a list of a different length on each page made Hibernate
            // translate the query anew every time, and only the names are needed, not whole accounts.
            jdbc.query(
                    "select email, display_name from user_account where email = any(?)",
                    (RowCallbackHandler) row -> names.put(row.getString("email"), row.getString("display_name")),
                    (Object) known.toArray(String[]::new));
        }
        for (String login : logins) {
            names.putIfAbsent(
                    login == null ? "" : login, login == null || login.isBlank() ? Text.of("user.someone") : login);
        }
        return names;
    }
}
