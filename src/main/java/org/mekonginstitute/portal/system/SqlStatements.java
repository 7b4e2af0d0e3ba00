package org.mekonginstitute.portal.system;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the portal sends, per thread and in total: tests assert that a page runs the same
 * number of statements however much data there is, and the benchmark divides the total by the requests
 * (metric {@code portal.sql.statements}). With the logger {@code org.mekonginstitute.portal.shared.SqlStatements} at
 * DEBUG, every statement is logged (with its thread), to see what a request runs.
 */
@Configuration(proxyBeanMethods = false)
public class SqlStatements {

    private static final Logger log = LoggerFactory.getLogger(SqlStatements.class);

    private static final AtomicLong TOTAL = new AtomicLong();
    private static final ThreadLocal<long[]> CURRENT = ThreadLocal.withInitial(() -> new long[1]);

    /** Starts counting afresh on this thread. */
    public static void reset() {
        CURRENT.get()[0] = 0;
    }

    /** Statements run on this thread since {@link #reset()}. */
    public static long count() {
        return CURRENT.get()[0];
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(new Listener())
                            .build();
                }
                return bean;
            }
        };
    }

    @Bean
    MeterBinder sqlStatementMeter() {
        return (MeterRegistry registry) -> FunctionCounter.builder("portal.sql.statements", TOTAL, AtomicLong::get)
                .description("SQL statements executed")
                .register(registry);
    }

    private static final class Listener implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            CURRENT.get()[0]++;
            TOTAL.incrementAndGet();
            if (log.isDebugEnabled()) {
                log.debug("{}", queryInfoList.stream().map(QueryInfo::getQuery).toList());
            }
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            // counted before it ran
        }
    }
}
