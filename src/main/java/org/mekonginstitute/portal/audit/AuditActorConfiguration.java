package org.mekonginstitute.portal.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.PreparedStatement;
import java.util.Optional;

/**
 * Says who is making the changes. Every read-write transaction starts by setting {@code portal.actor}
 * (transaction-local) to the logged-in user, which the audit trigger records; and created/updated by and at on every
 * {@link AuditedEntity} are filled with the same name.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class AuditActorConfiguration {

    static final String SYSTEM = "system";

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of(actor());
    }

    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory) {
            @Override
            protected void doBegin(Object transaction, TransactionDefinition definition) {
                super.doBegin(transaction, definition);
                if (definition.isReadOnly() || RESOLVING.get()) {
                    return;
                }
                // The transaction's own entity manager, just bound by super.doBegin: never a new one. Nothing to
                // say when nobody is logged in: the trigger then records "system" by itself.
                String actor = actor();
                if (!SYSTEM.equals(actor)
                        && TransactionSynchronizationManager.getResource(obtainEntityManagerFactory())
                                instanceof EntityManagerHolder holder) {
                    EntityManager entityManager = holder.getEntityManager();
                    if (entityManager != null) {
                        entityManager.unwrap(Session.class).doWork(connection -> {
                            try (PreparedStatement statement =
                                    connection.prepareStatement("select set_config('portal.actor', ?, true)")) {
                                statement.setString(1, actor);
                                statement.execute();
                            }
                        });
                    }
                }
            }
        };
    }

    /**
     * Set while the logged-in user is looked up: reading the security context may load the session from the
     * database (Spring Session JDBC) in a transaction of its own, which must not look the user up again.
     */
    private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    static String actor() {
        Authentication auth;
        RESOLVING.set(Boolean.TRUE);
        try {
            auth = SecurityContextHolder.getContext().getAuthentication();
        } finally {
            RESOLVING.set(Boolean.FALSE);
        }
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
