package org.mekonginstitute.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The country pickers' options, written as one string instead of a template loop. */
class CountriesTest {

    private final Countries countries = new Countries();

    @Test
    void theOptionsListEveryCountryTheMekongSixFirstWithTheChosenOneSelected() {
        String options = countries.groupedOptions("LA");
        assertThat(options.split("<option ", -1)).hasSize(countries.all().size() + 1);
        assertThat(options)
                .startsWith("<optgroup label=\"Greater Mekong Subregion\">"
                        + "<option value=\"KH\">Cambodia</option><option value=\"CN\">China</option>"
                        + "<option value=\"LA\" selected>Lao PDR</option>");
        assertThat(options).containsOnlyOnce(" selected").contains("<option value=\"AU\">Australia</option>");
    }

    @Test
    void aValueThatIsNoCountrySelectsNoneAndIsNeverWritten() {
        String options = countries.groupedOptions("\"><script>alert(1)</script>");
        assertThat(options).doesNotContain(" selected").doesNotContain("<script>");
        assertThat(countries.groupedOptions(null)).doesNotContain(" selected");
    }

    @Test
    void namesAreWrittenAsTheyReadWithTheirAmpersandsEscaped() {
        assertThat(countries.groupedOptions(null))
                .contains(">Côte d’Ivoire</option>")
                .contains(">Bosnia &amp; Herzegovina</option>")
                .doesNotContain("Bosnia & ");
    }

    @Test
    void groupedOptionsPutTheMekongSixInTheirOwnGroupAndTheRestAfter() {
        String options = countries.groupedOptions("AU");
        assertThat(options)
                .startsWith("<optgroup label=\"Greater Mekong Subregion\"><option value=\"KH\">Cambodia</option>")
                .contains("<option value=\"VN\">Viet Nam</option></optgroup><optgroup label=\"All countries\">")
                .contains("<option value=\"AU\" selected>Australia</option>")
                .containsOnlyOnce(" selected")
                .endsWith("</optgroup>");
        assertThat(options.split("<option ", -1)).hasSize(countries.all().size() + 1);
    }

    @Test
    void otherOptionsSelectEveryCountryChosenOutsideTheMekongSix() {
        String options = countries.otherOptions(java.util.Set.of("JP", "AU", "TH"));
        assertThat(options)
                .contains(
                        "<option value=\"JP\" selected>Japan</option>",
                        "<option value=\"AU\" selected>Australia</option>")
                .doesNotContain("value=\"TH\"");
        assertThat(options.split(" selected", -1)).hasSize(3);
    }

    @Test
    void aThaiReaderReadsTheNamesAndTheGroupsInThaiAndNamesInEitherLanguageAreKnown() {
        LocaleContextHolder.setLocale(Language.THAI.locale());
        try {
            assertThat(countries.groupedOptions(null))
                    .startsWith("<optgroup label=\"อนุภูมิภาคลุ่มแม่น้ำโขง\"><option value=\"KH\">กัมพูชา</option>")
                    .doesNotContain(" selected");
            assertThat(countries.groupedOptions("TH"))
                    .startsWith("<optgroup label=\"อนุภูมิภาคลุ่มแม่น้ำโขง\"><option value=\"KH\">กัมพูชา</option>")
                    .contains("<option value=\"TH\" selected>ไทย</option>", "<optgroup label=\"ทุกประเทศ\">")
                    .contains(">ญี่ปุ่น</option>");
            assertThat(countries.name("JP")).isEqualTo("ญี่ปุ่น");
            assertThat(countries.name("JP", Language.ENGLISH)).isEqualTo("Japan");
            assertThat(countries.named("Thailand")).map(Country::name).contains("ไทย");
            assertThat(countries.named("ญี่ปุ่น")).map(Country::code).contains("JP");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(countries.name("JP")).isEqualTo("Japan");
        assertThat(countries.groupedOptions(null)).startsWith("<optgroup label=\"Greater Mekong Subregion\">");
    }
}
