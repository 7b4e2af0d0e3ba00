package org.mekonginstitute.portal.system;

import jakarta.validation.MessageInterpolator;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;
import java.util.Map;

/**
 * The messages of form fields' constraints, in the portal's words. A constraint that names no message of its own
 * says what the bundles (i18n/common.properties and its translations) say for it ("At most {max} characters."),
 * with its limits written as the portal writes every number, whatever the reader's language: "At most 5,000
 * characters.", where Bean Validation alone would write 5000.
 */
@Configuration(proxyBeanMethods = false)
class ConstraintMessages {

    @Bean
    ValidationConfigurationCustomizer limitsWrittenInEnglish(MessageSource messages) {
        MessageInterpolator standard = new MessageInterpolatorFactory(messages).getObject();
        return configuration -> configuration.messageInterpolator(new EnglishLimits(messages, standard));
    }

    /** Looks up a message's text and writes the constraint's numbers into it, then interpolates the rest as usual. */
    record EnglishLimits(MessageSource messages, MessageInterpolator standard) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, LocaleContextHolder.getLocale());
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            String message = template;
            if (template.startsWith("{") && template.endsWith("}")) {
                message = messages.getMessage(template.substring(1, template.length() - 1), null, template, locale);
            }
            for (Map.Entry<String, Object> attribute :
                    context.getConstraintDescriptor().getAttributes().entrySet()) {
                if (attribute.getValue() instanceof Integer || attribute.getValue() instanceof Long) {
                    String number = String.format(Locale.ENGLISH, "%,d", attribute.getValue());
                    message = message.replace("{" + attribute.getKey() + "}", number);
                }
            }
            return standard.interpolate(message, context, locale);
        }
    }
}
