package org.mekonginstitute.portal.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Which characters the portal stores in text. People type letters of any script, emoji, spaces, tabs and line
 * breaks, and the invisible marks some scripts need (zero-width spaces between Thai, Lao and Khmer words, joiners
 * in emoji, right-to-left marks), and all of that is kept as typed. What no keyboard types is refused with a
 * message: NUL (PostgreSQL cannot store it), the other control characters (they come with text pasted from other
 * programs and break the XML and spreadsheet exports), halves of surrogate pairs (not characters at all), and
 * direction overrides, embeddings and isolates left open, which would reverse the page's own text after the value.
 */
public final class PlainText {

    /** Direction embeddings and overrides, closed by U+202C; isolates, closed by U+2069. */
    private static final String EMBEDDINGS = "\u202A\u202B\u202D\u202E";

    private static final String ISOLATES = "\u2066\u2067\u2068";
    private static final int POP_DIRECTIONAL_FORMATTING = 0x202C;
    private static final int POP_DIRECTIONAL_ISOLATE = 0x2069;

    private PlainText() {}

    /** What is kept of an optional field: the text without surrounding spaces, or null when nothing was typed. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** True when every character of {@code text} can be stored; null is storable (nothing to store). */
    public static boolean storable(String text) {
        return problem(text).isEmpty();
    }

    /** What is wrong with {@code text}, as a message for the person who typed it; empty when nothing is. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Deque<int[]> open = new ArrayDeque<>(); // direction embeddings, overrides and isolates not closed yet
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            position++;
            if (Character.isSurrogate((char) c)) {
                return Optional.of(Text.of("common.text.broken", String.valueOf(position)));
            }
            if (isControl(c) || c == 0xFFFE || c == 0xFFFF) {
                return Optional.of(Text.of("common.text.invisible", codePoint(c), String.valueOf(position)));
            }
            if (EMBEDDINGS.indexOf(c) >= 0 || ISOLATES.indexOf(c) >= 0) {
                open.push(new int[] {c, position});
            } else if (c == POP_DIRECTIONAL_FORMATTING && !open.isEmpty() && EMBEDDINGS.indexOf(open.peek()[0]) >= 0) {
                open.pop();
            } else if (c == POP_DIRECTIONAL_ISOLATE && open.stream().anyMatch(o -> ISOLATES.indexOf(o[0]) >= 0)) {
                int[] closed; // an isolate's end also ends the embeddings opened inside it
                do {
                    closed = open.pop();
                } while (ISOLATES.indexOf(closed[0]) < 0);
            } else if ((c == '\n' || c == '\r' || c == '\u2029') && !open.isEmpty()) {
                return Optional.of(unclosed(open.peekLast()));
            }
            i += Character.charCount(c);
        }
        return open.isEmpty() ? Optional.empty() : Optional.of(unclosed(open.peekLast()));
    }

    /**
     * A direction mark left open would run on into what the page shows after the text (a right-to-left override
     * in a name turns "registered." round in the message that follows it).
     */
    private static String unclosed(int[] mark) {
        return Text.of("common.text.direction", codePoint(mark[0]), String.valueOf(mark[1]));
    }

    /** "U+202E": a character's code as Unicode writes it. */
    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }
}
