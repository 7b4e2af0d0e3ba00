package org.mekonginstitute.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.shared.Labelled;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bundles of i18n/ are complete: every language the portal offers has every English key, with the same
 * arguments; every key a template, a class or an enum asks for exists; no key is defined twice.
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");
    private static final Pattern CODE_KEY =
            Pattern.compile("Text\\.(?:of|in)\\((?:[^,()\"]+,\\s*)?\"([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern CONSTRAINT_KEY = Pattern.compile("message\\s*=\\s*\"\\{([A-Za-z0-9_.\\-]+)}\"");

    @Test
    void everyOfferedLanguageHasEveryEnglishMessageWithTheSameArguments() {
        Map<String, Map<String, String>> english = Bundles.in(Language.ENGLISH);
        List<String> problems = new ArrayList<>();
        for (Language language : Language.offeredLanguages()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            Bundles.in(language).forEach((bundle, translated) -> {
                Map<String, String> original = english.get(bundle);
                for (String key : original.keySet()) {
                    if (!translated.containsKey(key)) {
                        problems.add(bundle + "_" + language.code() + ": missing " + key);
                    } else if (!arguments(original.get(key)).equals(arguments(translated.get(key)))) {
                        problems.add(bundle + "_" + language.code() + ": " + key + " has arguments "
                                + arguments(translated.get(key)) + ", English " + arguments(original.get(key)));
                    }
                }
                for (String key : translated.keySet()) {
                    if (!original.containsKey(key)) {
                        problems.add(bundle + "_" + language.code() + ": " + key + " is not an English key");
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void languagesStillBeingTranslatedHoldOnlyEnglishKeys() {
        Map<String, String> english = Bundles.englishKeys();
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            if (!language.offered()) {
                Bundles.in(language)
                        .forEach((bundle, messages) -> messages.keySet().stream()
                                .filter(key -> !english.containsKey(key))
                                .forEach(key -> problems.add(bundle + "_" + language.code() + ": " + key)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            Bundles.in(language)
                    .forEach((bundle, messages) -> messages.forEach((key, message) -> {
                        if (ARGUMENT.matcher(message).find()
                                && message.replace("''", "").contains("'")) {
                            problems.add(bundle + " (" + language.code() + "): " + key + "=" + message);
                        }
                    }));
        }
        assertThat(problems)
                .as("MessageFormat drops a single apostrophe; write it twice")
                .isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Map<String, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Bundles.in(Language.ENGLISH)
                .forEach((bundle, messages) -> messages.keySet().forEach(key -> {
                    String other = seen.putIfAbsent(key, bundle);
                    if (other != null) {
                        problems.add(key + " in " + other + " and " + bundle);
                    }
                }));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTemplatesAndCodeAskForExists() throws IOException {
        Set<String> keys = Bundles.englishKeys().keySet();
        Set<String> missing = new TreeSet<>();
        for (Path file : files(Path.of("src/main/resources/templates"), ".html")) {
            find(TEMPLATE_KEY, Files.readString(file), keys, file, missing);
        }
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            String source = Files.readString(file);
            find(CODE_KEY, source, keys, file, missing);
            find(CONSTRAINT_KEY, source, keys, file, missing);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLabelledValueHasItsName() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        Set<String> keys = Bundles.englishKeys().keySet();
        List<String> missing = new ArrayList<>();
        int enums = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.mekonginstitute.portal")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isEnum()) {
                enums++;
                for (Object value : type.getEnumConstants()) {
                    String key = Text.labelKey((Enum<?>) value);
                    if (!keys.contains(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(enums).as("labelled enums found").isPositive();
        assertThat(missing).isEmpty();
    }

    private static void find(Pattern pattern, String text, Set<String> keys, Path file, Set<String> missing) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String key = matcher.group(1);
            if (!keys.contains(key)) {
                missing.add(key + " (" + file + ")");
            }
        }
    }

    private static Set<String> arguments(String message) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(message);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
