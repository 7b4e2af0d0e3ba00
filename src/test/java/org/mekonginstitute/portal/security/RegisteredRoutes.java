package org.mekonginstitute.portal.security;

import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The GET and POST routes the application registers (test-only controllers left out), and which one serves a path. */
final class RegisteredRoutes {

    record Route(String method, PathPattern pattern) {
        String key() {
            return method + " " + pattern.getPatternString();
        }

        boolean hasVariables() {
            return pattern.getPatternString().contains("{");
        }
    }

    private final List<Route> routes = new ArrayList<>();

    RegisteredRoutes(RequestMappingHandlerMapping mappings) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType().getPackageName().endsWith(".support")
                    || entry.getKey().getPathPatternsCondition() == null) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (PathPattern pattern : entry.getKey().getPathPatternsCondition().getPatterns()) {
                if (pattern.getPatternString().equals("/error")) {
                    continue;
                }
                for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
                    if (methods.isEmpty() || methods.contains(method)) {
                        routes.add(new Route(method.name(), pattern));
                    }
                }
            }
        }
    }

    /** The most specific route of {@code method} ("GET", "POST") that serves {@code path}. */
    Optional<Route> match(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return routes.stream()
                .filter(route -> route.method().equalsIgnoreCase(method)
                        && route.pattern().matches(container))
                .min(Comparator.comparing(Route::pattern, PathPattern.SPECIFICITY_COMPARATOR));
    }

    Set<String> keys(String method) {
        Set<String> keys = new TreeSet<>();
        routes.stream().filter(route -> route.method().equals(method)).forEach(route -> keys.add(route.key()));
        return keys;
    }

    List<Route> all(String method) {
        return routes.stream().filter(route -> route.method().equals(method)).toList();
    }
}
