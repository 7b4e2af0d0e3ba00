package org.mekonginstitute.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The port of the management server (health, probes, Prometheus metrics), known once it has started. Requests that
 * arrive on it are the orchestrator's and the monitoring's, never a user's: the security configuration lets them in
 * without a login and without a session. When the management endpoints share the public port, no request counts as
 * one of these.
 */
@Component
public class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private static final String MANAGEMENT_NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** Whether the request came in on the management server's own port. */
    public boolean received(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
