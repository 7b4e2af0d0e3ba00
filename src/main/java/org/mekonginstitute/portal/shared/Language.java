package org.mekonginstitute.portal.shared;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the region the portal is written for. Those {@link #offered} are complete in every bundle and
 * appear in the language menu; the others have their bundles started ({@code i18n/*_lo.properties} and so on) and
 * are offered once a translator completes them (MessageBundlesTest then checks them like Thai). Each language is
 * named in its own script, so that a reader finds theirs whatever the page's language.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Language {
    ENGLISH("en", "English", true, IsoChronology.INSTANCE),
    /** Thai offices write years in the Buddhist Era (2026 is 2569). */
    THAI("th", "ไทย", true, ThaiBuddhistChronology.INSTANCE),
    LAO("lo", "ລາວ", false, IsoChronology.INSTANCE),
    KHMER("km", "ខ្មែរ", false, IsoChronology.INSTANCE),
    BURMESE("my", "မြန်မာ", false, IsoChronology.INSTANCE),
    VIETNAMESE("vi", "Tiếng Việt", false, IsoChronology.INSTANCE),
    CHINESE("zh", "中文", false, IsoChronology.INSTANCE);

    private static final List<Language> OFFERED =
            Arrays.stream(values()).filter(Language::offered).toList();

    private final String code;
    private final String nativeName;
    private final boolean offered;
    /** The calendar years are written in. */
    private final Chronology chronology;

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The languages a reader may choose. */
    public static List<Language> offeredLanguages() {
        return OFFERED;
    }

    /** The offered language of this code ("th", "th-TH"), if any. */
    public static Optional<Language> offered(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.replace('_', '-')).getLanguage();
        return Arrays.stream(values())
                .filter(l -> l.offered && l.code.equals(language))
                .findFirst();
    }

    /** The language of a locale, English for any language the portal does not offer. */
    public static Language of(Locale locale) {
        String language = locale.getLanguage();
        for (Language offered : OFFERED) {
            if (offered.code.equals(language)) {
                return offered;
            }
        }
        return ENGLISH;
    }
}
