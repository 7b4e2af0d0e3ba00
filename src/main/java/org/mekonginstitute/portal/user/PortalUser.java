package org.mekonginstitute.portal.user;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;

/**
 * The logged-in user as the web layer sees it: who they are (id, name, role) without a trip to the database.
 * Kept in the session, so it holds no password once authentication is done.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, Serializable {

    /** Sessions are shared between instances and outlive a restart: keep old ones readable after an upgrade. */
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private final Instant previousLogin;
    private final String language;
    private String passwordHash;

    /** The account as it stands at {@code now}: locked or not after too many wrong passwords. */
    PortalUser(UserAccount account, Instant now) {
        this.id = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.enabled = account.isEnabled();
        this.locked = account.isLockedAt(now);
        this.previousLogin = account.getLastLoginAt();
        this.language = account.getLanguage();
        this.passwordHash = account.getPasswordHash();
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean isManager() {
        return role.includes(Role.MANAGER);
    }

    public boolean isAdmin() {
        return role.includes(Role.ADMIN);
    }

    /** When this user logged in before the current session, if ever. */
    public Instant previousLogin() {
        return previousLogin;
    }

    /** The language this user chose when they logged in, if any: the code of a {@code Language}, or null. */
    public String language() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role.authorities();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
