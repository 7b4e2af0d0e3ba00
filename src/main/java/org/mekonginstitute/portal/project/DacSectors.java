package org.mekonginstitute.portal.project;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The OECD DAC 5-digit purpose codes that fit the institute's projects, offered in the project form
 * ({@code ${@dacSectors.all()}}); any other 5-digit code may be typed.
 */
@Component("dacSectors")
public class DacSectors {

    /** Multisector education/training: the institute's capacity building. */
    public static final String DEFAULT = "43081";

    public record Sector(String code, String name) {
        public String label() {
            return code + " " + name;
        }
    }

    private static final List<Sector> SECTORS = List.of(
            new Sector("43081", "Multisector education/training"),
            new Sector("15110", "Public sector policy and administrative management"),
            new Sector("15190", "Facilitation of orderly, safe, regular and responsible migration and mobility"),
            new Sector("16020", "Employment creation"),
            new Sector("11430", "Advanced technical and managerial training"),
            new Sector("33110", "Trade policy and administrative management"),
            new Sector("33120", "Trade facilitation"),
            new Sector("25010", "Business policy and administration"),
            new Sector("31110", "Agricultural policy and administrative management"),
            new Sector("31120", "Agricultural development"),
            new Sector("23110", "Energy policy and administrative management"),
            new Sector("41010", "Environmental policy and administrative management"),
            new Sector("21010", "Transport policy and administrative management"),
            new Sector("22040", "Information and communication technology (ICT)"),
            new Sector("43040", "Rural development"));

    public List<Sector> all() {
        return SECTORS;
    }

    /** The sector's name, or null for a code not in the list. */
    public String name(String code) {
        return sector(code).map(Sector::name).orElse(null);
    }

    /** "43081 Multisector education/training", or the code alone when it is not in the list. */
    public String label(String code) {
        return sector(code).map(Sector::label).orElse(code);
    }

    private static Optional<Sector> sector(String code) {
        return SECTORS.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
