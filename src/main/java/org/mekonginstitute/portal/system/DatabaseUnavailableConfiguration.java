package org.mekonginstitute.portal.system;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link DatabaseUnavailable} outside every other filter, the session's and the security's included. */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseUnavailable> databaseUnavailable() {
        FilterRegistrationBean<DatabaseUnavailable> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailable());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
