package org.mekonginstitute.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.SerializationUtils;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sessions live in the database (Spring Session JDBC) and every attribute is serialized there: forms carried
 * across a redirect (an edit conflict flashes the user's unsaved form) must survive that.
 */
class FormsAreSerializableTest {

    @Test
    void everyFormClassCanBeKeptInASharedSession() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Form$")));
        Set<BeanDefinition> forms = scanner.findCandidateComponents(PortalApplication.class.getPackageName());
        assertThat(forms).hasSizeGreaterThan(5);
        for (BeanDefinition definition : forms) {
            Class<?> form =
                    ClassUtils.forName(definition.getBeanClassName(), getClass().getClassLoader());
            assertThat(Serializable.class).as(form.getName()).isAssignableFrom(form);
            Constructor<?> noArguments = ClassUtils.getConstructorIfAvailable(form);
            if (noArguments != null) {
                noArguments.setAccessible(true);
                Object fresh = noArguments.newInstance();
                assertThat(SerializationUtils.clone((Serializable) fresh))
                        .as(form.getName())
                        .isNotNull();
            }
        }
    }
}
