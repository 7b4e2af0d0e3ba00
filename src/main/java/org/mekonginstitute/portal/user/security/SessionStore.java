package org.mekonginstitute.portal.user.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the portal keeps sessions in the database (Spring Session JDBC, so that every instance shares logins) at the
 * cost of one small statement per page: the session is read once per request, on a plain JDBC transaction (not
 * the JPA one, which would first set the audit actor and, to find it, read the session a second time); its last
 * access is written only when it is a minute old or the session changed anyway; and static files never touch it.
 * Logins, logouts and sessions ended on another instance are still seen at the next request, since every request
 * reads the session; the idle timeout holds to within that minute.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /** A request writes the session's last access only when the stored one is older than this. */
    static final Duration LAST_ACCESS_WRITTEN_EVERY = Duration.ofMinutes(1);

    /** Requests that need no session: static files (also when a browser sends the session cookie with them). */
    static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    /** Spring Session's own transactions, on JDBC alone (the name is the one Spring Session looks for). */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /**
     * Two requests of one session that both add an attribute (two tabs saving at once, each leaving a flash message)
     * would both insert it, and the second would fail on the attribute's primary key: PostgreSQL's upsert lets the
     * later one win instead.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentAttributeWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new QuietSessions<>(jdbc) : bean;
            }
        };
    }

    /** Forgets, as each request ends, the session it saved (see {@link QuietSessions#findById}). */
    @Bean
    FilterRegistrationBean<Filter> sessionRequestScope() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } finally {
                QuietSessions.SAVED.remove();
            }
        });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setName("sessionRequestScope");
        return registration;
    }

    /** Flash attributes live in the session: static files, which never show one, do not look for them. */
    @Bean(name = "flashMapManager")
    FlashMapManager flashMapManager() {
        return new SessionFlashMapManager() {
            @Override
            protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
                return isStaticFile(request) ? null : super.retrieveFlashMaps(request);
            }
        };
    }

    /**
     * The JDBC session repository with two savings: a session whose only change is a last access less than a
     * minute after the stored one is not written, and the session a request has just saved is not read again
     * when Spring Session's filter asks, at the end of the same request, whether it still exists.
     */
    static final class QuietSessions<S extends Session>
            implements FindByIndexNameSessionRepository<QuietSessions.Quiet<S>>, DisposableBean {

        /** The session this thread's request saved; cleared when the request ends. */
        static final ThreadLocal<Quiet<?>> SAVED = new ThreadLocal<>();

        private final FindByIndexNameSessionRepository<S> store;
        private final DisposableBean lifecycle;

        @SuppressWarnings("unchecked")
        QuietSessions(JdbcIndexedSessionRepository store) {
            this.store = (FindByIndexNameSessionRepository<S>) (FindByIndexNameSessionRepository<?>) store;
            this.lifecycle = store;
        }

        @Override
        public Quiet<S> createSession() {
            return new Quiet<>(store.createSession(), true);
        }

        @Override
        public void save(Quiet<S> session) {
            if (session.isNew || session.changed) {
                session.flushLastAccess();
                store.save(session.delegate);
                session.isNew = false;
                session.changed = false;
            }
            SAVED.set(session);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Quiet<S> findById(String id) {
            Quiet<?> saved = SAVED.get();
            if (saved != null && saved.getId().equals(id)) {
                return (Quiet<S>) saved;
            }
            S found = store.findById(id);
            return found == null ? null : new Quiet<>(found, false);
        }

        @Override
        public void deleteById(String id) {
            Quiet<?> saved = SAVED.get();
            if (saved != null && saved.getId().equals(id)) {
                SAVED.remove();
            }
            store.deleteById(id);
        }

        @Override
        public Map<String, Quiet<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new Quiet<>(e.getValue(), false)));
        }

        @Override
        public void destroy() throws Exception {
            lifecycle.destroy();
        }

        /** A stored session that remembers whether anything worth writing happened to it. */
        static final class Quiet<S extends Session> implements Session {

            private final S delegate;
            private boolean isNew;
            private boolean changed;
            private Instant lastAccess;

            Quiet(S delegate, boolean isNew) {
                this.delegate = delegate;
                this.isNew = isNew;
                this.lastAccess = delegate.getLastAccessedTime();
            }

            /** The last access goes to the store when it moved on by a minute, or with any other change. */
            @Override
            public void setLastAccessedTime(Instant time) {
                lastAccess = time;
                if (!delegate.getLastAccessedTime()
                        .plus(LAST_ACCESS_WRITTEN_EVERY)
                        .isAfter(time)) {
                    changed = true;
                }
            }

            private void flushLastAccess() {
                if (!lastAccess.equals(delegate.getLastAccessedTime())) {
                    delegate.setLastAccessedTime(lastAccess);
                }
            }

            @Override
            public Instant getLastAccessedTime() {
                return lastAccess;
            }

            @Override
            public String getId() {
                return delegate.getId();
            }

            @Override
            public String changeSessionId() {
                changed = true;
                return delegate.changeSessionId();
            }

            @Override
            public <T> T getAttribute(String attributeName) {
                return delegate.getAttribute(attributeName);
            }

            @Override
            public Set<String> getAttributeNames() {
                return delegate.getAttributeNames();
            }

            @Override
            public void setAttribute(String attributeName, Object attributeValue) {
                changed = true;
                delegate.setAttribute(attributeName, attributeValue);
            }

            @Override
            public void removeAttribute(String attributeName) {
                if (delegate.getAttribute(attributeName) != null) {
                    changed = true;
                }
                delegate.removeAttribute(attributeName);
            }

            @Override
            public Instant getCreationTime() {
                return delegate.getCreationTime();
            }

            @Override
            public void setMaxInactiveInterval(Duration interval) {
                changed = true;
                delegate.setMaxInactiveInterval(interval);
            }

            @Override
            public Duration getMaxInactiveInterval() {
                return delegate.getMaxInactiveInterval();
            }

            @Override
            public boolean isExpired() {
                return delegate.isExpired();
            }
        }
    }
}
