package org.mekonginstitute.portal.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;

import java.sql.PreparedStatement;

/**
 * Tells the database who is making the changes: every read-write transaction starts by setting
 * {@code portal.actor} (transaction-local) to the logged-in user, which the audit trigger records.
 */
@Configuration(proxyBeanMethods = false)
class AuditActorConfiguration {

    static final String SYSTEM = "system";

    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory) {
            @Override
            protected void doBegin(Object transaction, TransactionDefinition definition) {
                super.doBegin(transaction, definition);
                if (!definition.isReadOnly()) {
                    EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
                    if (entityManager != null) {
                        entityManager.unwrap(Session.class).doWork(connection -> {
                            try (PreparedStatement statement = connection.prepareStatement(
                                    "select set_config('portal.actor', ?, true)")) {
                                statement.setString(1, actor());
                                statement.execute();
                            }
                        });
                    }
                }
            }
        };
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
