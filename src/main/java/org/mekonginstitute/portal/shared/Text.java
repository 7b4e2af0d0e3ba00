package org.mekonginstitute.portal.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's words in the reader's language. Every sentence a page, a form, a PDF, a chart or an export shows comes
 * from the bundles in {@code i18n/} (one per module, {@code activity.properties} in English beside
 * {@code activity_th.properties} in Thai, and so on); a key missing in a language falls back to English. Templates
 * read them as {@code #{key}}, code as {@code Text.of(key, args)}: within a request in the reader's language
 * ({@link Language}), elsewhere (scheduled work, mail to people with no known language) in English.
 *
 * <p>Messages with arguments follow {@link java.text.MessageFormat}: {0} is the first argument, and an apostrophe
 * is written twice ({@code ''}). Messages without arguments are shown as written.
 */
public final class Text {

    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("_[a-z]{2,3}(_[A-Z]{2})?$");

    /** The one source of messages: Spring's, Thymeleaf's and Bean Validation's (see system/Messages). */
    public static final MessageSource MESSAGES = bundles();

    private Text() {}

    /** The message {@code key} in the reader's language, with {@code args} written into it. */
    public static String of(String key, Object... args) {
        return MESSAGES.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The message {@code key} in a language chosen by the caller (a letter to someone, a report for a donor). */
    public static String in(Locale locale, String key, Object... args) {
        return MESSAGES.getMessage(key, args, locale);
    }

    /** The name of an enum's value, under the key {@code EnumName.VALUE} (e.g. {@code ActivityStatus.DRAFT}). */
    public static String label(Enum<?> value) {
        return of(labelKey(value));
    }

    /** The name of an enum's value in a language chosen by the caller (a notice to someone). */
    public static String label(Locale locale, Enum<?> value) {
        return in(locale, labelKey(value));
    }

    /**
     * What {@code work} writes (messages, names, dates through {@link Dates}) in {@code locale} rather than the
     * reader's: a letter, a notice or a feed speaks its recipient's language, whoever's action produced it.
     */
    public static <T> T speaking(Locale locale, Supplier<T> work) {
        LocaleContext reader = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocaleContext(reader);
        }
    }

    /** The key under which an enum's value is named. */
    public static String labelKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The bundles' base names: every {@code i18n/<name>.properties} on the class path. */
    public static TreeSet<String> bundleNames() {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = Objects.requireNonNull(resource.getFilename());
                Matcher suffix = LANGUAGE_SUFFIX.matcher(file.substring(0, file.length() - ".properties".length()));
                names.add("i18n/" + suffix.replaceFirst(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static MessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(bundleNames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        // A key missing in Thai falls back to English, never to the server's own language.
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }
}
