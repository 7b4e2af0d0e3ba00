package org.mekonginstitute.portal.project;

import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OECD DAC 5-digit purpose codes that fit the institute's projects, offered in the project form
 * ({@code ${@dacSectors.all()}}); any other 5-digit code may be typed. Their names are in the bundles
 * (i18n/project.properties, {@code project.sector.43081}): in the reader's language on pages and in reports, in
 * English where IATI publishes them (the activity's declared language).
 */
@Component("dacSectors")
public class DacSectors {

    /** Multisector education/training: the institute's capacity building. */
    public static final String DEFAULT = "43081";

    public record Sector(String code) {
        /** The sector's name in the reader's language. */
        public String name() {
            return Text.of(key(code));
        }

        /** "43081 Multisector education/training", in the reader's language. */
        public String label() {
            return code + " " + name();
        }
    }

    private static final List<Sector> SECTORS = List.of(
            new Sector("43081"),
            new Sector("15110"),
            new Sector("15190"),
            new Sector("16020"),
            new Sector("11430"),
            new Sector("33110"),
            new Sector("33120"),
            new Sector("25010"),
            new Sector("31110"),
            new Sector("31120"),
            new Sector("23110"),
            new Sector("41010"),
            new Sector("21010"),
            new Sector("22040"),
            new Sector("43040"));

    public List<Sector> all() {
        return SECTORS;
    }

    /** The sector's name in English, as IATI publishes it, or null for a code not in the list. */
    public String name(String code) {
        return sector(code).map(s -> Text.in(Locale.ENGLISH, key(s.code()))).orElse(null);
    }

    /** "43081 Multisector education/training" in the reader's language, or the code alone when it is not listed. */
    public String label(String code) {
        return sector(code).map(Sector::label).orElse(code);
    }

    /** The bundle key of a sector's name: project.sector.43081. */
    private static String key(String code) {
        return String.join(".", "project", "sector", code);
    }

    private static Optional<Sector> sector(String code) {
        return SECTORS.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
