package org.mekonginstitute.portal.i18n;

import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The bundles of i18n/ as the tests read them: each base name's messages in one language. */
final class Bundles {

    private Bundles() {}

    /** Base name ("i18n/activity") to its messages in {@code language}; empty when that language has no file. */
    static Map<String, Map<String, String>> in(Language language) {
        Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
        for (String name : Text.bundleNames()) {
            String file = language == Language.ENGLISH ? name : name + "_" + language.code();
            bundles.put(name, read(file + ".properties"));
        }
        return bundles;
    }

    /** Every English key, with the bundle that defines it. */
    static Map<String, String> englishKeys() {
        Map<String, String> keys = new TreeMap<>();
        in(Language.ENGLISH).forEach((bundle, messages) -> messages.keySet().forEach(key -> keys.put(key, bundle)));
        return keys;
    }

    static Map<String, String> read(String resource) {
        Map<String, String> messages = new TreeMap<>();
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return messages;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.forEach((key, value) -> messages.put((String) key, (String) value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
