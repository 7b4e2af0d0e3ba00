package org.mekonginstitute.portal.user.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.util.SerializationUtils;

import java.io.Serializable;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/** The session's attributes read back as written; logins and CSRF tokens read once per stored value. */
class SessionAttributesTest {

    private final SessionAttributes.Reader reader =
            new SessionAttributes.Reader(getClass().getClassLoader(), 3);

    @Test
    void aLoginReadsBackAsWrittenAndAgainAsAContextOfItsOwnOverTheSameLogin() {
        byte[] stored = SerializationUtils.serialize(login("manager@demo.mekonginstitute.org"));

        SecurityContext first = (SecurityContext) reader.convert(stored);
        int classes = reader.classesKnown();
        SecurityContext again = (SecurityContext) reader.convert(stored.clone());
        first.setAuthentication(null); // as a logout does to its request's context

        assertThat(classes).as("the classes of a login, found by name once").isGreaterThan(3);
        assertThat(reader.classesKnown()).isEqualTo(classes);
        assertThat(again).isNotSameAs(first);
        assertThat(again.getAuthentication().getName()).isEqualTo("manager@demo.mekonginstitute.org");
        assertThat(((SecurityContext) reader.convert(stored)).getAuthentication())
                .as("a logout in one request leaves the login kept for the others")
                .isSameAs(again.getAuthentication());
    }

    @Test
    void anotherLoginOrTokenIsReadForItselfAndOtherAttributesAreReadEveryTime() {
        byte[] manager = SerializationUtils.serialize(login("manager@demo.mekonginstitute.org"));
        byte[] staff = SerializationUtils.serialize(login("staff@demo.mekonginstitute.org"));
        byte[] token = SerializationUtils.serialize(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "a-token"));
        byte[] flash = SerializationUtils.serialize(new ArrayList<>(List.of("Saved.")));

        assertThat(((SecurityContext) reader.convert(manager))
                        .getAuthentication()
                        .getName())
                .isEqualTo("manager@demo.mekonginstitute.org");
        assertThat(((SecurityContext) reader.convert(staff)).getAuthentication().getName())
                .isEqualTo("staff@demo.mekonginstitute.org");
        assertThat(reader.convert(token)).isSameAs(reader.convert(token));
        assertThat(reader.convert(flash)).isEqualTo(List.of("Saved.")).isNotSameAs(reader.convert(flash));
        assertThat(reader.valuesKept()).isEqualTo(3);

        reader.convert(SerializationUtils.serialize(login("admin@demo.mekonginstitute.org")));
        assertThat(reader.valuesKept())
                .as("emptied when full, then the new one kept")
                .isEqualTo(1);
    }

    @Test
    void anAttributeOfAClassThePortalDoesNotHaveIsRefusedAsUnreadable() {
        byte[] stored = SerializationUtils.serialize(new Stored("x"));
        SessionAttributes.Reader elsewhere = new SessionAttributes.Reader(new URLClassLoader(new URL[0], null), 3);

        assertThatThrownBy(() -> elsewhere.convert(stored))
                .isInstanceOf(SerializationFailedException.class)
                .hasCauseInstanceOf(ClassNotFoundException.class);
        assertThat(elsewhere.classesKnown()).isZero();
    }

    private static SecurityContext login(String email) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
    }

    record Stored(String value) implements Serializable {}
}
