package org.mekonginstitute.portal.user.security;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the session's attributes are read back (Java serialization, as Spring Session writes them). Every request
 * reads the session, and turning the login's bytes back into objects was a tenth of a page's time: the classes
 * they name are now looked up once, and the login and the CSRF token, which change only when someone logs in or
 * out, are read once per stored value. The login is then handed out as a context of its own per request, over the
 * same authentication, as a server's in-memory sessions give every request of a session the same objects.
 */
@Component
class SessionAttributes implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository>, BeanClassLoaderAware {

    /**
     * Logins and CSRF tokens kept as read (a login about 3 KB with its stored bytes, a token under 1 KB): a thousand
     * people logged in at once; all are forgotten when this many are kept, and read again as they come.
     */
    static final int KEPT = 2_000;

    private ClassLoader classLoader = getClass().getClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new Reader(classLoader, KEPT));
        sessions.setConversionService(conversions);
    }

    /** Reads stored attributes, keeping the classes found by name and the logins and CSRF tokens read. */
    static final class Reader implements Converter<byte[], Object> {

        private final ClassLoader classLoader;
        private final int kept;
        private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
        private final Map<Stored, Object> read = new ConcurrentHashMap<>();

        Reader(ClassLoader classLoader, int kept) {
            this.classLoader = classLoader;
            this.kept = kept;
        }

        @Override
        public Object convert(byte[] bytes) {
            Object known = read.get(new Stored(bytes));
            if (known instanceof Authentication login) {
                return new SecurityContextImpl(login);
            }
            if (known != null) {
                return known;
            }
            Object value = deserialize(bytes);
            Object keep = value instanceof SecurityContext login ? login.getAuthentication() : value;
            if (keep instanceof Authentication || keep instanceof CsrfToken) {
                if (read.size() >= kept) {
                    read.clear();
                }
                read.put(new Stored(bytes.clone()), keep);
            }
            return value;
        }

        private Object deserialize(byte[] bytes) {
            try (ObjectInputStream objects =
                    new ConfigurableObjectInputStream(new ByteArrayInputStream(bytes), classLoader) {
                        @Override
                        protected Class<?> resolveClass(ObjectStreamClass description)
                                throws IOException, ClassNotFoundException {
                            Class<?> known = classes.get(description.getName());
                            if (known == null) {
                                known = super.resolveClass(description);
                                classes.put(description.getName(), known);
                            }
                            return known;
                        }
                    }) {
                return objects.readObject();
            } catch (IOException | ClassNotFoundException ex) {
                throw new SerializationFailedException("A session attribute could not be read", ex);
            }
        }

        int classesKnown() {
            return classes.size();
        }

        int valuesKept() {
            return read.size();
        }
    }

    /** Stored bytes compared by content. */
    private record Stored(byte[] bytes) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Stored stored && Arrays.equals(bytes, stored.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Stored[" + bytes.length + " bytes]";
        }
    }
}
