package org.mekonginstitute.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void textInTheRegionsScriptsWithTheirInvisibleMarksIsKept() {
        assertThat(PlainText.storable("ศูนย์ฝึกอบรม\u200bมหานคร")).isTrue(); // Thai with a zero-width space
        assertThat(PlainText.storable("ສະຖາບັນແມ່ນ້ຳຂອງ វិទ្យាស្ថាន မဲခေါင်")).isTrue();
        assertThat(PlainText.storable("Vie\u0302\u0323n Mê Kông 湄公河")).isTrue(); // combining marks
        assertThat(PlainText.storable("👩🏽\u200d🌾 🇹🇭 𠀀")).isTrue(); // joiners, flags, beyond the BMP
        assertThat(PlainText.storable("\u200fmarks\u200e \u2066isolated\u2069 \u202eoverridden\u202c"))
                .isTrue();
        assertThat(PlainText.storable("Line one\r\nLine two\tafter a tab")).isTrue();
        assertThat(PlainText.storable(null)).isTrue();
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedWithTheirCodeAndPlace() {
        assertThat(PlainText.problem("Mekong\u0000Institute"))
                .hasValueSatisfying(
                        message -> assertThat(message).contains("U+0000").contains("character 7"));
        assertThat(PlainText.problem("pasted\u000bfrom Word"))
                .hasValueSatisfying(message -> assertThat(message).contains("U+000B"));
        assertThat(PlainText.storable("delete\u007f")).isFalse();
        assertThat(PlainText.storable("next line\u0085")).isFalse();
        assertThat(PlainText.storable("not a character \uffff")).isFalse();
    }

    @Test
    void halfOfASurrogatePairIsRefusedAndCountedAsOneCharacterAfterWholePairs() {
        assertThat(PlainText.problem("😀😀\ud800"))
                .hasValueSatisfying(message -> assertThat(message).contains("Character 3 is broken"));
        assertThat(PlainText.storable("\udc00 low half first")).isFalse();
    }

    @Test
    void aDirectionOverrideLeftOpenIsRefusedSoItCannotTurnRoundThePagesOwnText() {
        assertThat(PlainText.problem("\u202egnp.exe"))
                .hasValueSatisfying(
                        message -> assertThat(message).contains("U+202E").contains("character 1"));
        assertThat(PlainText.problem("\u2067isolate \u202aembedded\u202c"))
                .hasValueSatisfying(message -> assertThat(message).contains("U+2067"));
        assertThat(PlainText.storable("\u202bfirst line\nsecond\u202c"))
                .as("closed only after a line break")
                .isFalse();
        assertThat(PlainText.storable("\u2067isolate \u202aembedded, ended by the isolate's end\u2069"))
                .isTrue();
        assertThat(PlainText.storable("a stray end\u202c\u2069")).isTrue();
    }
}
