package org.mekonginstitute.portal.shared;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 3166-1 countries with English names. The six countries of the Greater Mekong Subregion come first in every
 * picker, under the names the institute uses; the rest follow alphabetically.
 */
@Component("countries")
public class Countries {

    /** The Greater Mekong Subregion, as the institute names its member countries. */
    public static final Map<String, String> MEKONG = Map.of(
            "KH", "Cambodia", "CN", "China", "LA", "Lao PDR", "MM", "Myanmar", "TH", "Thailand", "VN", "Viet Nam");

    private static final List<String> MEKONG_ORDER = List.of("KH", "CN", "LA", "MM", "TH", "VN");

    private final List<Country> all;
    private final Map<String, Country> byCode;

    public Countries() {
        List<Country> others = new ArrayList<>();
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            if (!MEKONG.containsKey(code)) {
                others.add(new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH), false));
            }
        }
        others.sort(Comparator.comparing(Country::name));
        List<Country> ordered = new ArrayList<>();
        MEKONG_ORDER.forEach(code -> ordered.add(new Country(code, MEKONG.get(code), true)));
        ordered.addAll(others);
        this.all = List.copyOf(ordered);
        Map<String, Country> index = new LinkedHashMap<>();
        all.forEach(country -> index.put(country.code(), country));
        this.byCode = Map.copyOf(index);
    }

    /** Every country, the Mekong six first. */
    public List<Country> all() {
        return all;
    }

    /**
     * The {@code <option>} elements of a country picker in two groups, the Greater Mekong Subregion and then all
     * other countries, with the one chosen selected: one string instead of a template loop over some 250 countries
     * with several expressions each, which was most of a page's rendering time (bench/README.md). Names and codes come from the JDK's ISO list, escaped all the same; the
     * chosen value is only compared, never written.
     */
    public String groupedOptions(String selected) {
        StringBuilder html = new StringBuilder(all.size() * 48).append("<optgroup label=\"Greater Mekong Subregion\">");
        mekong().forEach(country -> option(html, country, country.code().equals(selected)));
        return html.append("</optgroup>")
                .append(otherOptions(selected == null ? Set.of() : Set.of(selected)))
                .toString();
    }

    /** The countries outside the Mekong six, as options of a multiple choice with those chosen selected. */
    public String otherOptions(Collection<String> selected) {
        StringBuilder html = new StringBuilder(all.size() * 48).append("<optgroup label=\"All countries\">");
        all.subList(MEKONG_ORDER.size(), all.size())
                .forEach(country -> option(html, country, selected.contains(country.code())));
        return html.append("</optgroup>").toString();
    }

    private static void option(StringBuilder html, Country country, boolean selected) {
        html.append("<option value=\"")
                .append(org.springframework.web.util.HtmlUtils.htmlEscape(country.code(), "UTF-8"))
                .append(selected ? "\" selected>" : "\">")
                .append(org.springframework.web.util.HtmlUtils.htmlEscape(country.name(), "UTF-8"))
                .append("</option>");
    }

    /** The six Mekong countries, in the institute's order. */
    public List<Country> mekong() {
        return all.subList(0, MEKONG_ORDER.size());
    }

    public boolean isValid(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The English name of a code; the code itself if unknown, blank for none. */
    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Country country = byCode.get(code);
        return country == null ? code : country.name();
    }

    /** Names of several codes, comma separated, in picker order. */
    public String names(Set<String> codes) {
        return all.stream()
                .filter(c -> codes.contains(c.code()))
                .map(Country::name)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
