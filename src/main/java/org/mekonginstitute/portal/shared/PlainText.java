package org.mekonginstitute.portal.shared;

import java.util.Optional;

/**
 * Which characters the portal stores in text. People type letters of any script, emoji, spaces, tabs and line
 * breaks, and the invisible marks some scripts need (zero-width spaces between Thai, Lao and Khmer words, joiners
 * in emoji, right-to-left marks), and all of that is kept as typed. What no keyboard types is refused with a
 * message: NUL (PostgreSQL cannot store it), the other control characters (they come with text pasted from other
 * programs and break the XML and spreadsheet exports), and halves of surrogate pairs (not characters at all).
 */
public final class PlainText {

    private PlainText() {
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
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            position++;
            if (Character.isSurrogate((char) c)) {
                return Optional.of("Character " + position + " is broken (half of a character pair). Type it again.");
            }
            if (isControl(c) || c == 0xFFFE || c == 0xFFFF) {
                return Optional.of(String.format("Remove the invisible character U+%04X (character %d): it cannot be"
                        + " stored. Such characters come with text pasted from other programs.", c, position));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }
}
