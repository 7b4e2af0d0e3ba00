package org.mekonginstitute.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading CSV files as Excel and LibreOffice save them, and writing them so that Excel opens them right. */
class CsvTest {

    private static final String HEADER = "given_name,family_name,country\n";

    @Test
    void aBomIsLeftOutAndNamesInEveryScriptAreReadAsWritten() {
        String text = "\uFEFF" + HEADER
                + "สมศรี,มีสุข,TH\nສົມພອນ,ສີຫາລາດ,LA\nសុខា,ចាន់,KH\nမောင်မောင်,ကျော်,MM\n王,芳,CN\nNguyễn Thị,Hằng,VN\n";
        Csv.Table table = Csv.read(text.getBytes(StandardCharsets.UTF_8), 100);
        assertThat(table.header()).containsExactly("given_name", "family_name", "country");
        assertThat(table.rows()).extracting(Csv.Row::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(table.rows())
                .extracting(r -> r.values().get(0) + " " + r.values().get(1))
                .containsExactly(
                        "สมศรี มีสุข", "ສົມພອນ ສີຫາລາດ", "សុខា ចាន់", "မောင်မောင် ကျော်", "王 芳", "Nguyễn Thị Hằng");
    }

    @Test
    void quotedCommasQuotesAndLineBreaksAreValuesAndLinesAreCountedAsAnEditorShowsThem() {
        String text = HEADER + "\"Lim, Bopha\",\"Say \"\"hi\"\"\",KH\r\n\r\n,,\r\n\"Two\nlines\",Keo,KH\r\nLast,One,LA";
        Csv.Table table = Csv.read(text.getBytes(StandardCharsets.UTF_8), 100);
        assertThat(table.rows()).extracting(Csv.Row::line).containsExactly(2, 5, 7);
        assertThat(table.rows().get(0).values()).containsExactly("Lim, Bopha", "Say \"hi\"", "KH");
        assertThat(table.rows().get(1).values()).containsExactly("Two\nlines", "Keo", "KH");
    }

    @Test
    void aFileInAnotherEncodingIsRefusedNamingTheFirstLineThatIsNotUtf8() {
        byte[] windows1252 = (HEADER + "Anna,Berg,TH\nRenée,Müller,TH\n").getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> Csv.read(windows1252, 100))
                .isInstanceOf(Csv.Unreadable.class)
                .hasMessageStartingWith("The file is not in UTF-8: line 3 has characters in another encoding");
        byte[] tis620 = (HEADER + "สมศรี,มีสุข,TH\n").getBytes(Charset.forName("TIS-620"));
        assertThatThrownBy(() -> Csv.read(tis620, 100)).hasMessageStartingWith("The file is not in UTF-8: line 2");
    }

    @Test
    void semicolonsOrTabsBetweenColumnsAreRefusedWithTheReason() {
        assertThatThrownBy(() ->
                        Csv.read("given_name;family_name;country\nA;B;TH\n".getBytes(StandardCharsets.UTF_8), 100))
                .hasMessageStartingWith("The columns are separated by semicolons (;), but the portal reads commas.");
        assertThatThrownBy(() -> Csv.read("given_name\tfamily_name\nA\tB\n".getBytes(StandardCharsets.UTF_8), 100))
                .hasMessageStartingWith("The columns are separated by tabs");
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefusedWithTheLineWhereTheValueStarts() {
        String text = HEADER + "A,B,TH\n\n\"Unclosed,B,TH\nC,D,TH\n";
        assertThatThrownBy(() -> Csv.read(text.getBytes(StandardCharsets.UTF_8), 100))
                .hasMessageStartingWith("Line 4: a value starts with a quote (\") that is never closed.");
    }

    @Test
    void aStrayQuoteAfterAQuotedValueIsRefusedWithItsLine() {
        String text = HEADER + "A,B,TH\n\"Lim\" Bopha,B,TH\n";
        assertThatThrownBy(() -> Csv.read(text.getBytes(StandardCharsets.UTF_8), 100))
                .hasMessageStartingWith("Line 3: a quote (\") stands inside a quoted value.");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedButTheLimitItselfIsRead() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 10; i++) {
            text.append("G").append(i).append(",F,TH\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(Csv.read(bytes, 10).rows()).hasSize(10);
        assertThatThrownBy(() -> Csv.read(bytes, 9)).hasMessageStartingWith("The file has more than 9 rows of data.");
    }

    @Test
    void emptyFilesSpreadsheetsAndUtf16FilesAreRefused() {
        assertThatThrownBy(() -> Csv.read(new byte[0], 10)).hasMessage("The file is empty.");
        assertThatThrownBy(() -> Csv.read("\uFEFF\n\n".getBytes(StandardCharsets.UTF_8), 10))
                .hasMessage("The file is empty.");
        assertThatThrownBy(() -> Csv.read(new byte[] {'P', 'K', 3, 4, 20, 0}, 10))
                .hasMessageContaining("spreadsheet workbook");
        assertThatThrownBy(() -> Csv.read(HEADER.getBytes(StandardCharsets.UTF_16LE), 10))
                .isInstanceOf(Csv.Unreadable.class);
        byte[] utf16 = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> Csv.read(utf16, 10)).hasMessageContaining("UTF-16");
    }

    @Test
    void cellsExcelWouldRunAsFormulasAreNeutralisedAndAnImportRestoresThem() {
        assertThat(List.of("=1+1", "+66 2 123 4567", "-5", "@SUM(A1)", "\tx", "plain", "a=b"))
                .extracting(Csv::safe)
                .containsExactly("'=1+1", "'+66 2 123 4567", "'-5", "'@SUM(A1)", "'\tx", "plain", "a=b");
        assertThat(Csv.unsafe("'+66 2 123 4567")).isEqualTo("+66 2 123 4567");
        assertThat(Csv.unsafe("'quoted by the person")).isEqualTo("'quoted by the person");
    }

    @Test
    void aWrittenFileStartsWithABomAndReadsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = Csv.printer(out)) {
            csv.printRecord("given_name", "family_name", "country");
            csv.printRecord("Nguyễn Thị", "Hằng, \"Lan\"", "VN");
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(Csv.read(bytes, 10).rows().get(0).values()).containsExactly("Nguyễn Thị", "Hằng, \"Lan\"", "VN");
    }
}
