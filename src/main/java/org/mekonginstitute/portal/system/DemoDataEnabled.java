package org.mekonginstitute.portal.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the demo data set is loaded: {@code portal.demo-data=auto} (the default) loads it only on the
 * embedded database, never on an external server; {@code true} or {@code false} decide outright.
 */
public class DemoDataEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String setting =
                context.getEnvironment().getProperty("portal.demo-data", "auto").trim();
        if (setting.equalsIgnoreCase("auto")) {
            return new NoDatasourceConfigured().matches(context, metadata);
        }
        return Boolean.parseBoolean(setting);
    }
}
