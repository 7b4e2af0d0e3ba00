package org.mekonginstitute.portal.support;

import com.microsoft.playwright.BrowserContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * axe-core, the accessibility engine behind Lighthouse (its npm package's axe.min.js, in the test resources, never
 * from the internet), run on every page a browser test opens once it has loaded: WCAG 2.0–2.2 A and AA rules. The
 * serious and critical violations found are kept per page, for the test to fail on.
 */
final class AxeCheck {

    private static final String AXE = read("/axe/axe.min.js");

    /** Runs after each page load, in the page itself; reports back through the binding the context exposes. */
    private static final String RUN = """
            (() => {
              if (window.top !== window) return;
              window.addEventListener('load', () => setTimeout(() => {
                axe.run(document, {
                  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                  resultTypes: ['violations']
                }).then(result => {
                  const found = result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')
                      + ' ' + (v.nodes[0].html || '').slice(0, 160)
                      + ' (' + (v.nodes[0].failureSummary || '').replace(/\s+/g, ' ').slice(0, 240) + ')');
                  window.__portalAxe(location.pathname + location.search, found);
                }).catch(() => {});
              }, 0));
            })();
            """;

    /** Page address → what axe found there. */
    private final Map<String, TreeSet<String>> violations = new TreeMap<>();
    /** Every page address axe has checked. */
    private final java.util.Set<String> checked = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Checks every page this browser opens from now on. */
    void watch(BrowserContext context) {
        context.exposeBinding("__portalAxe", (source, args) -> {
            @SuppressWarnings("unchecked")
            List<Object> found = (List<Object>) args[1];
            checked.add((String) args[0]);
            if (!found.isEmpty()) {
                synchronized (violations) {
                    TreeSet<String> onPage = violations.computeIfAbsent((String) args[0], page -> new TreeSet<>());
                    found.forEach(violation -> onPage.add(String.valueOf(violation)));
                }
            }
            return null;
        });
        context.addInitScript(AXE + "\n" + RUN);
    }

    /** The serious and critical violations found so far, one line per page and rule; empty when none. */
    String report() {
        synchronized (violations) {
            StringBuilder report = new StringBuilder();
            violations.forEach((page, found) -> found.forEach(violation ->
                    report.append(page).append(" — ").append(violation).append('\n')));
            return report.toString();
        }
    }

    /** Whether axe has checked the page at this address (path and query) since the test began. */
    boolean hasChecked(String address) {
        return checked.contains(address);
    }

    void clear() {
        checked.clear();
        synchronized (violations) {
            violations.clear();
        }
    }

    private static String read(String resource) {
        try (InputStream in = AxeCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
