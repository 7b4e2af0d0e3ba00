package org.mekonginstitute.portal.system;

import org.mekonginstitute.portal.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;

/**
 * The bundles of {@code i18n/} as Spring's message source, so that templates ({@code #{key}}), form errors and
 * constraint messages read the same words as {@link Text}. Outside a request (scheduled work, mail) the language
 * is English whatever the server's own locale.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    static {
        LocaleContextHolder.setDefaultLocale(Locale.ENGLISH);
    }

    @Bean
    MessageSource messageSource() {
        return Text.MESSAGES;
    }
}
