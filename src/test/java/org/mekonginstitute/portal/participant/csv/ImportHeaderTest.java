package org.mekonginstitute.portal.participant.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.shared.Csv;

import java.util.List;

/** Which columns a participant file's header names, and which headers refuse the file. */
class ImportHeaderTest {

    @Test
    void headersAreMatchedIgnoringCaseSpacesAndHyphens() {
        assertThat(ImportHeader.columns(List.of("Given name", "FAMILY-NAME", "gender", "Country", " Email ")))
                .containsEntry(ParticipantColumn.GIVEN_NAME, 0)
                .containsEntry(ParticipantColumn.FAMILY_NAME, 1)
                .containsEntry(ParticipantColumn.GENDER, 2)
                .containsEntry(ParticipantColumn.COUNTRY, 3)
                .containsEntry(ParticipantColumn.EMAIL, 4)
                .hasSize(5);
    }

    @Test
    void anActivitysExportCanBeImportedAsItIs() {
        assertThat(ImportHeader.columns(List.of("given_name", "gender", "country", "role", "status", "satisfaction")))
                .containsOnlyKeys(ParticipantColumn.GIVEN_NAME, ParticipantColumn.GENDER, ParticipantColumn.COUNTRY);
    }

    @Test
    void anUnknownColumnRefusesTheFile() {
        assertThatThrownBy(() -> ImportHeader.columns(List.of("given_name", "gender", "country", "emial")))
                .isInstanceOf(Csv.Unreadable.class)
                .hasMessageStartingWith(
                        "Line 1 names a column the portal does not know: “emial”. The columns are: title,");
    }

    @Test
    void aColumnNamedTwiceRefusesTheFile() {
        assertThatThrownBy(() -> ImportHeader.columns(List.of("given_name", "gender", "country", "Gender")))
                .isInstanceOf(Csv.Unreadable.class)
                .hasMessage("The column “gender” appears twice in the header (line 1).");
    }

    @Test
    void aMissingRequiredColumnRefusesTheFile() {
        assertThatThrownBy(() -> ImportHeader.columns(List.of("given_name", "family_name")))
                .isInstanceOf(Csv.Unreadable.class)
                .hasMessage("The file has no “gender”, “country” columns: line 1 must name the columns, and"
                        + " given_name, gender, country are required.");
    }
}
