package org.mekonginstitute.portal.shared;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 countries, named in the reader's language. The six countries of the Greater Mekong Subregion come first
 * in every picker, under the names the institute uses (i18n/common, {@code common.country.KH} and so on); the rest
 * follow alphabetically, as the JDK names them in that language.
 */
@Component("countries")
public class Countries {

    /** The Greater Mekong Subregion, in the institute's order. */
    private static final List<String> MEKONG_ORDER = List.of("KH", "CN", "LA", "MM", "TH", "VN");

    /** Where the bundles name the Mekong six: {@code common.country.KH} and so on. */
    private static final String MEKONG_NAMES = "common.country";

    /** Every language's names, made once: some 250 countries in each language the portal offers. */
    private final Map<Language, Catalogue> catalogues = new EnumMap<>(Language.class);

    public Countries() {
        for (Language language : Language.offeredLanguages()) {
            catalogues.put(language, new Catalogue(language));
        }
    }

    /** The countries with their names in one language. */
    private static final class Catalogue {
        private final List<Country> all;
        private final Map<String, Country> byCode;
        /** The options of the Mekong six and of the others, written once: codes and names never change. */
        private final SelectOptions mekongOptions;

        private final SelectOptions otherOptions;
        /** The opening tags of the two groups, with their names in this language. */
        private final String mekongGroup;

        private final String otherGroup;

        Catalogue(Language language) {
            Locale locale = language.locale();
            List<Country> others = new ArrayList<>();
            for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
                if (!MEKONG_ORDER.contains(code)) {
                    others.add(new Country(code, new Locale("", code).getDisplayCountry(locale), false));
                }
            }
            // English keeps the order it always had; other scripts sort as their readers expect (Thai vowels
            // written before a consonant do not sort by that vowel).
            Comparator<String> order =
                    language == Language.ENGLISH ? Comparator.naturalOrder() : Collator.getInstance(locale)::compare;
            others.sort(Comparator.comparing(Country::name, order));
            List<Country> ordered = new ArrayList<>();
            MEKONG_ORDER.forEach(
                    code -> ordered.add(new Country(code, Text.in(locale, MEKONG_NAMES + "." + code), true)));
            ordered.addAll(others);
            this.all = List.copyOf(ordered);
            Map<String, Country> index = new LinkedHashMap<>();
            all.forEach(country -> index.put(country.code(), country));
            this.byCode = Map.copyOf(index);
            this.mekongOptions = SelectOptions.of(all.subList(0, MEKONG_ORDER.size()), Country::code, Country::name);
            this.otherOptions =
                    SelectOptions.of(all.subList(MEKONG_ORDER.size(), all.size()), Country::code, Country::name);
            this.mekongGroup = group(locale, "common.country.mekong");
            this.otherGroup = group(locale, "common.country.all");
        }

        private static String group(Locale locale, String labelKey) {
            return "<optgroup label=\"" + HtmlUtils.htmlEscape(Text.in(locale, labelKey), "UTF-8") + "\">";
        }
    }

    private Catalogue catalogue() {
        return catalogue(Language.of(LocaleContextHolder.getLocale()));
    }

    private Catalogue catalogue(Language language) {
        return catalogues.getOrDefault(language, catalogues.get(Language.ENGLISH));
    }

    /** Every country, the Mekong six first, named in the reader's language. */
    public List<Country> all() {
        return catalogue().all;
    }

    /** Every country named in a chosen language (an export for a donor, a file read in any language). */
    public List<Country> all(Language language) {
        return catalogue(language).all;
    }

    /**
     * The {@code <option>} elements of a country picker in two groups, the Greater Mekong Subregion and then all
     * other countries, with the one chosen selected: one string instead of a template loop over some 250 countries
     * with several expressions each, which was most of a page's rendering time (bench/README.md). Names and codes
     * come from the JDK's ISO list and the bundles, escaped all the same; the chosen value is only compared, never
     * written.
     */
    public String groupedOptions(String selected) {
        Catalogue catalogue = catalogue();
        return catalogue.mekongGroup + catalogue.mekongOptions.html(selected) + "</optgroup>" + catalogue.otherGroup
                + catalogue.otherOptions.html(selected) + "</optgroup>";
    }

    /** The countries outside the Mekong six, as options of a multiple choice with those chosen selected. */
    public String otherOptions(Collection<String> selected) {
        Catalogue catalogue = catalogue();
        return catalogue.otherGroup + catalogue.otherOptions.htmlChoosingAll(selected) + "</optgroup>";
    }

    /** The six Mekong countries, in the institute's order. */
    public List<Country> mekong() {
        return all().subList(0, MEKONG_ORDER.size());
    }

    public boolean isValid(String code) {
        return code != null && catalogues.get(Language.ENGLISH).byCode.containsKey(code);
    }

    /** The name of a code in the reader's language; the code itself if unknown, blank for none. */
    public String name(String code) {
        return name(code, catalogue());
    }

    /** The name of a code in a chosen language; the code itself if unknown, blank for none. */
    public String name(String code, Language language) {
        return name(code, catalogue(language));
    }

    private static String name(String code, Catalogue catalogue) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Country country = catalogue.byCode.get(code);
        return country == null ? code : country.name();
    }

    /** Names of several codes, comma separated, in picker order. */
    public String names(Set<String> codes) {
        return all().stream()
                .filter(c -> codes.contains(c.code()))
                .map(Country::name)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    /**
     * The country a name stands for, whichever offered language it is written in ("Thailand", "ไทย"), named in the
     * reader's language; empty when no country has that name.
     */
    public Optional<Country> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String typed = name.strip();
        return catalogues.values().stream()
                .flatMap(catalogue -> catalogue.all.stream())
                .filter(country -> country.name().equalsIgnoreCase(typed))
                .findFirst()
                .map(country -> catalogue().byCode.get(country.code()));
    }
}
