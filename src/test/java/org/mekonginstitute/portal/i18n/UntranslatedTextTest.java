package org.mekonginstitute.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nothing a reader sees is written in English outside the bundles: no text, no attribute a screen reader reads and
 * no string in an expression of a template, and no sentence in a class. A failure names the file and the words;
 * move them into the module's bundle in i18n/ (English and Thai) and show them with #{key} or Text.of("key").
 */
class UntranslatedTextTest {

    /** Attributes a reader sees or hears. */
    private static final Set<String> READ_ATTRIBUTES = Set.of(
            "title",
            "placeholder",
            "alt",
            "aria-label",
            "aria-description",
            "aria-roledescription",
            "data-confirm",
            "data-label",
            "label",
            "content-label");
    /** Thymeleaf attributes whose value becomes text. */
    private static final Set<String> TEXT_EXPRESSIONS = Set.of(
            "th:text",
            "th:utext",
            "th:title",
            "th:placeholder",
            "th:alt",
            "th:aria-label",
            "th:attr",
            "th:value",
            "th:with",
            "th:replace",
            "th:insert",
            "th:data-confirm",
            "th:label",
            "th:content");
    /** Elements whose content Thymeleaf replaces: what is written inside them is only a prototype. */
    private static final Set<String> REPLACING =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "th:errors");
    /** Words, not just symbols, numbers or acronyms such as PDF, CSV, IATI. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}*\\p{Ll}\\p{L}*");
    /** A string within an expression: 'Yes', or the plain text of |Showing ${n} projects|. */
    private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

    private static final Pattern PIPED = Pattern.compile("\\|([^|]*)\\|");
    private static final Pattern EXPRESSION = Pattern.compile("[$#@*~]\\{[^}]*}");
    /** A sentence in a Java string: two words or more starting with a capital, or ending with a full stop. */
    private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final Pattern SENTENCE = Pattern.compile("^[A-Z][a-z]+[ ,:]+[a-zA-Z]+|[a-z]{2,}[.!?]$");

    @Test
    void templatesShowOnlyWordsFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : MessageBundlesTest.files(Path.of("src/main/resources/templates"), ".html")) {
            Document document = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                check(element, file, found);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void classesSayNoSentenceOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : MessageBundlesTest.files(Path.of("src/main/java"), ".java")) {
            if (!shownToReaders(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            boolean textBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.contains("\"\"\"")) {
                    // a text block (SQL, mostly) opens or closes on this line
                    textBlock ^= line.split("\"\"\"", -1).length % 2 == 0;
                    continue;
                }
                boolean said = i > 0 && lines.get(i - 1).strip().startsWith("// not shown: ");
                if (textBlock || said || notShown(line)) {
                    continue;
                }
                Matcher string = JAVA_STRING.matcher(line);
                while (string.find()) {
                    if (SENTENCE.matcher(string.group(1)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + string.group(1));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * Classes whose words a reader of the portal may see. Not: the demo and large data sets (content, as the
     * institute's staff would type it) and the API's answers, which are read by programs and documented in English
     * for their programmers.
     */
    private static boolean shownToReaders(Path file) {
        String path = file.toString().replace('\\', '/');
        return !path.contains("/portal/dataset/")
                && !path.contains("/demo/")
                && !path.contains("/portal/api/")
                && !file.getFileName().toString().contains("Demo");
    }

    /** Lines whose strings no reader sees: comments, logs, programmers' errors, SQL, the API's description. */
    private static boolean notShown(String line) {
        return line.startsWith("//")
                || line.startsWith("*")
                || line.startsWith("/*")
                || line.contains("{}")
                || line.matches(".*\\b(log|LOG|logger)\\.(trace|debug|info|warn|error)\\(.*")
                || line.matches(".*new (IllegalStateException|IllegalArgumentException|UnsupportedOperationException"
                        + "|UncheckedIOException|AssertionError|NullPointerException|NotFoundException"
                        + "|UsernameNotFoundException)\\(.*")
                || line.matches(".*@(Query|Operation|Schema|Tag|Parameter|ApiResponse|Sql|Modifying)\\b.*")
                || line.matches(".*\\b(description|summary|example|displayName)\\s*=.*")
                || line.contains("@DefaultValue(")
                || line.contains("systemName =")
                // a string the code compares with, or a name only a log or a programmer reads, says why
                || line.contains("// not shown: ")
                || line.matches(".*\"\\s*(select|insert|update|delete|with|from|where|and|or|order by|group by"
                        + "|join|left join|values|on conflict|create|alter|set)\\b.*");
    }

    private static void check(Element element, Path file, List<String> found) {
        boolean prototype =
                element.parents().stream().anyMatch(UntranslatedTextTest::replacesContent) || replacesContent(element);
        String tag = element.tagName();
        if (!prototype && !tag.equals("script") && !tag.equals("style") && !tag.equals("code")) {
            for (TextNode text : element.textNodes()) {
                if (WORDS.matcher(text.text()).find()) {
                    found.add(file + ": <" + tag + "> " + text.text().strip());
                }
            }
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey();
            if (READ_ATTRIBUTES.contains(name)
                    && WORDS.matcher(attribute.getValue()).find()
                    && !element.hasAttr("th:" + name)
                    && !element.attr("th:attr").contains(name + "=")) {
                found.add(file + ": " + name + "=\"" + attribute.getValue() + "\"");
            }
            if (name.equals("value")
                    && element.tagName().equals("input")
                    && Set.of("submit", "button").contains(element.attr("type"))
                    && WORDS.matcher(attribute.getValue()).find()
                    && !element.hasAttr("th:value")) {
                found.add(file + ": value=\"" + attribute.getValue() + "\"");
            }
            if (TEXT_EXPRESSIONS.contains(name)) {
                literals(attribute.getValue(), file, name, found);
            }
        }
    }

    /** Strings written inside an expression: a word with a capital ('Yes') or several words ('no date'). */
    private static void literals(String expression, Path file, String attribute, List<String> found) {
        Matcher piped = PIPED.matcher(expression);
        while (piped.find()) {
            String plain = EXPRESSION.matcher(piped.group(1)).replaceAll(" ");
            if (WORDS.matcher(plain).find()) {
                found.add(file + ": " + attribute + "=\"" + expression + "\"");
            }
        }
        Matcher quoted = QUOTED.matcher(PIPED.matcher(expression).replaceAll(""));
        while (quoted.find()) {
            String literal = quoted.group(1);
            if (literal.matches(".*\\p{Lu}\\p{Ll}.*|.*\\p{L}+\\s+\\p{L}+.*")
                    && !literal.matches("[a-z][A-Za-z0-9]*(\\(\\))?(-[a-z]+)*") // a field's name: 'opensOn'
                    && !literal.matches(
                            "[\\w\\s.:/-]*\\b(bg|text|btn|bi|border|badge|col|d|ms|me|mb|mt|p|px|py|fw|small)-.*")) {
                found.add(file + ": " + attribute + "=\"" + expression + "\"");
            }
        }
    }

    /**
     * Whether Thymeleaf replaces what is written inside: not so for a page's root, which hands its main content to
     * the layout ({@code <html th:replace="~{layout :: page(..., ~{::main})}">}).
     */
    private static boolean replacesContent(Element element) {
        return !element.tagName().equals("html") && REPLACING.stream().anyMatch(element::hasAttr);
    }
}
