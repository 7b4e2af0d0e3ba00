package org.mekonginstitute.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Options written once: escaped, in order, and the chosen one selected whatever type the chosen value has. */
class SelectOptionsTest {

    record Donor(long id, String name) {}

    private final SelectOptions donors = SelectOptions.of(
            List.of(new Donor(7, "DFAT"), new Donor(12, "<script>alert('x')</script> & Co \"Fund\"")),
            Donor::id,
            Donor::name);

    @Test
    void namesAreEscapedAndNothingIsChosenWithoutAChoice() {
        assertThat(donors.html(null))
                .isEqualTo("<option value=\"7\">DFAT</option>"
                        + "<option value=\"12\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co &quot;Fund&quot;"
                        + "</option>");
        assertThat(donors.size()).isEqualTo(2);
    }

    @Test
    void theChosenValueIsSelectedWhetherANumberOrText() {
        assertThat(donors.html(12L)).contains("<option value=\"12\" selected>").doesNotContain("\"7\" selected");
        assertThat(donors.html("7")).contains("<option value=\"7\" selected>").doesNotContain("\"12\" selected");
    }

    @Test
    void aChosenValueNotAmongTheOptionsIsNeverWritten() {
        String hostile = "\"><script>alert(1)</script>";
        assertThat(donors.html(hostile)).isEqualTo(donors.html(null)).doesNotContain("selected");
    }

    @Test
    void aMultipleChoiceSelectsEveryChosenValueAndOnlyThose() {
        assertThat(donors.htmlChoosingAll(java.util.Set.of("7", "12", "99")).split(" selected", -1))
                .hasSize(3);
        assertThat(donors.htmlChoosingAll(java.util.Set.of("99"))).isEqualTo(donors.html(null));
    }
}
