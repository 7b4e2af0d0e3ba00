package org.mekonginstitute.portal.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The log events written, by level (metric {@code logback.events}, as Micrometer names it): counted by an appender
 * on the root logger, which sees only the events that are written. Micrometer's own binder counts them with a
 * logback filter that is also asked at every check of a log level, and the templates check their trace level at
 * every expression they evaluate (about a tenth of a long page's time); it is left out (PortalApplication).
 */
@Component
class LogEventCounter extends UnsynchronizedAppenderBase<ILoggingEvent> implements MeterBinder, DisposableBean {

    private volatile Map<Level, Counter> counters = Map.of();

    /**
     * A reset of logback's configuration removes every appender: attach again. (When Spring Boot configures logging
     * afresh in the same JVM, as a second application context does in tests, it stops logback first, which drops
     * this listener too; the counter then stops, as Micrometer's own binder does.)
     */
    private final LoggerContextListener reattach = new LoggerContextListener() {
        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext context) {
            attachTo(context);
        }

        @Override
        public void onStart(LoggerContext context) {}

        @Override
        public void onStop(LoggerContext context) {}

        @Override
        public void onLevelChange(ch.qos.logback.classic.Logger logger, Level level) {}
    };

    @Override
    public void bindTo(MeterRegistry registry) {
        counters = Map.of(
                Level.ERROR, counter(registry, "error"),
                Level.WARN, counter(registry, "warn"),
                Level.INFO, counter(registry, "info"),
                Level.DEBUG, counter(registry, "debug"),
                Level.TRACE, counter(registry, "trace"));
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context && getContext() == null) {
            setContext(context);
            setName("logEventCounter");
            context.addListener(reattach);
            attachTo(context);
        }
    }

    private void attachTo(LoggerContext context) {
        start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this);
    }

    private static Counter counter(MeterRegistry registry, String level) {
        return Counter.builder("logback.events")
                .tag("level", level)
                .baseUnit("events")
                .register(registry);
    }

    @Override
    protected void append(ILoggingEvent event) {
        Counter counter = counters.get(event.getLevel());
        if (counter != null) {
            counter.increment();
        }
    }

    @Override
    public void destroy() {
        if (getContext() instanceof LoggerContext context) {
            context.removeListener(reattach);
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        }
        stop();
    }
}
