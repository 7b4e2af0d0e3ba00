package org.mekonginstitute.portal.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CSV files as people make them in Excel or LibreOffice: read strictly (UTF-8 with or without a BOM, RFC 4180
 * quoting, commas) with a message that says what is wrong and on which line, and written so that Excel opens them
 * right (a BOM, so Thai and Vietnamese are not garbled; no cell that Excel would run as a formula).
 */
public final class Csv {

    /** RFC 4180 (commas, double quotes, CRLF), blank lines ignored. */
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {}

    /** One line of data: its line number in the file (the header is line 1) and its cells as written. */
    public record Row(int line, List<String> values) {

        public boolean blank() {
            return values.stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /** The header's column names (trimmed) and the rows under it, blank rows left out. */
    public record Table(List<String> header, List<Row> rows) {}

    /** A file that cannot be read as CSV at all; the message is for the person who uploaded it. */
    public static class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Reads an uploaded file. Refuses, with {@link Unreadable}: an empty file, a spreadsheet or UTF-16 file, bytes
     * that are not UTF-8 (naming the first such line), another delimiter than the comma, broken quoting (naming the
     * line), and more than {@code maxRows} rows of data.
     */
    public static Table read(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new Unreadable(Text.of("common.csv.empty"));
        }
        LineNumbers lines = new LineNumbers(text);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int lastLine = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                lastLine = (int) parser.getCurrentLineNumber();
                if (header == null) {
                    header = record.stream().map(String::strip).toList();
                    checkDelimiter(header);
                    continue;
                }
                Row row = new Row(line, record.toList());
                if (row.blank()) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new Unreadable(
                            Text.of("common.csv.tooManyRows", String.format(Locale.ENGLISH, "%,d", maxRows)));
                }
                rows.add(row);
            }
        } catch (UncheckedIOException | IOException broken) {
            int line = lines.nextNonBlankLine(lastLine + 1);
            String message = String.valueOf(broken.getMessage());
            throw new Unreadable(Text.of(
                    message.contains("EOF reached before encapsulated token finished")
                            ? "common.csv.quoteNotClosed"
                            : "common.csv.quoteInside",
                    String.valueOf(line)));
        }
        if (header == null) {
            throw new Unreadable(Text.of("common.csv.empty"));
        }
        return new Table(header, List.copyOf(rows));
    }

    /** Opens a CSV for Excel on {@code out}: UTF-8 with a BOM, RFC 4180. Closing the printer flushes it. */
    public static CSVPrinter printer(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    /** What a file's lines are printed by: the records, headings first, on a printer that {@link #bytes} opens. */
    @FunctionalInterface
    public interface Lines {
        void print(CSVPrinter csv) throws IOException;
    }

    /** A whole CSV file for Excel, as {@link #printer} writes it, in memory: a download of a few megabytes at most. */
    public static byte[] bytes(Lines lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = printer(bytes)) {
            lines.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Text as a cell Excel shows as text: a value starting with = + - @ (or a tab or carriage return) would be run as
     * a formula, so it gets a leading apostrophe, which Excel hides (OWASP "CSV injection").
     */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    /** Undoes {@link #safe}: what a re-imported export cell originally said. */
    public static String unsafe(String text) {
        return text != null
                        && text.length() > 1
                        && text.charAt(0) == '\''
                        && safe(text.substring(1)).equals(text)
                ? text.substring(1)
                : text;
    }

    private static String decode(byte[] bytes) {
        if (startsWith(bytes, (byte) 0xFF, (byte) 0xFE) || startsWith(bytes, (byte) 0xFE, (byte) 0xFF)) {
            throw new Unreadable(Text.of("common.csv.utf16"));
        }
        if (startsWith(bytes, (byte) 'P', (byte) 'K', (byte) 3, (byte) 4)) {
            throw new Unreadable(Text.of("common.csv.workbook"));
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = start; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new Unreadable(Text.of("common.csv.notUtf8", String.valueOf(line)));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.indexOf('\u0000') >= 0) {
            throw new Unreadable(Text.of("common.csv.notText"));
        }
        return text;
    }

    private static void checkDelimiter(List<String> header) {
        if (header.size() != 1) {
            return;
        }
        String only = header.get(0);
        String used = only.contains(";")
                ? "common.csv.delimiter.semicolons"
                : only.contains("\t")
                        ? "common.csv.delimiter.tabs"
                        : only.contains("|") ? "common.csv.delimiter.bars" : null;
        if (used != null) {
            throw new Unreadable(Text.of("common.csv.delimiter", Text.of(used)));
        }
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Line numbers of character positions in a text (\n, \r\n or \r ends a line). */
    private static final class LineNumbers {
        private final String text;
        private final int[] starts;

        LineNumbers(String text) {
            this.text = text;
            List<Integer> found = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    found.add(i + 1);
                }
            }
            this.starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the first character at or after {@code position} that is not a line break. */
        int lineAt(long position) {
            int at = (int) position;
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++;
            }
            int found = Arrays.binarySearch(starts, at);
            return found >= 0 ? found + 1 : -found - 1;
        }

        /** {@code line}, or the first line after it that is not blank. */
        int nextNonBlankLine(int line) {
            int current = Math.max(1, line);
            while (current < starts.length && lineIsBlank(current)) {
                current++;
            }
            return current;
        }

        private boolean lineIsBlank(int line) {
            int from = starts[line - 1];
            int to = line < starts.length ? starts[line] : text.length();
            return text.substring(from, to).isBlank();
        }
    }
}
