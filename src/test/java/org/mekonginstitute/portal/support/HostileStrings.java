package org.mekonginstitute.portal.support;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Strings a careless or hostile client sends instead of what a form expects, drawn at random from a seed so a
 * failing run can be repeated. Each kind mixes a few fixed edge cases with random combinations. Values that try
 * to break out of HTML carry one of the {@link #MARKERS}: finding a marker raw in a page means a value was written
 * there unescaped.
 */
public final class HostileStrings {

    /** Markup that only appears in a page if something the user typed was written into it without escaping. */
    public static final List<String> MARKERS =
            List.of("<script>alert(", "\"><img src=x onerror=", "'><svg onload=", "<i data-hostile>");

    public enum Kind {
        /** Quotes, comment starts, statement ends, LIKE wildcards and backslashes. */
        SQL(HostileStrings::sql),
        /** Script tags, attribute breakers, closing tags and template expressions. */
        MARKUP(HostileStrings::markup),
        /** 100,000 characters, ending in markup. */
        LONG(HostileStrings::longText),
        /** NUL, which PostgreSQL refuses in text, in the middle of a word. */
        NUL(random -> "Mekong" + '\u0000' + "Institute"),
        /** C0 control characters and DEL. */
        CONTROL(HostileStrings::control),
        /** A half of a surrogate pair on its own: not a character at all. */
        LONE_SURROGATE(HostileStrings::loneSurrogate),
        /**
         * The region's scripts, emoji and other characters beyond the Basic Multilingual Plane, with right-to-left
         * overrides and other invisible format marks: all of it text the portal keeps.
         */
        UNICODE(random -> unicode(random) + formatMarks(random)),
        /** Pieces of all of the above, shorter. */
        MIXED(HostileStrings::mixed);

        private final Function<Random, String> generator;

        Kind(Function<Random, String> generator) {
            this.generator = generator;
        }
    }

    public static final int LONG_LENGTH = 100_000;

    private static final List<String> SQL = List.of(
            "' OR '1'='1",
            "'; DROP TABLE project; --",
            "\" OR \"\"=\"",
            "1' AND pg_sleep(0) IS NULL --",
            "/* comment */",
            "*/",
            "--",
            ";",
            "\\",
            "\\'",
            "%",
            "_",
            "%_%",
            "' UNION SELECT email FROM user_account --",
            "O'Brien",
            "$$",
            "E'\\x00'");

    private static final List<String> MARKUP = List.of(
            "<script>alert('hostile')</script>",
            "\"><img src=x onerror=alert('hostile')>",
            "'><svg onload=alert('hostile')>",
            "</textarea><i data-hostile>",
            "</title><script>alert(1)</script>",
            "javascript:alert(1)",
            "[[${7*7}]]",
            "__${7*191}__",
            "*{7*7}",
            "{{7*7}}",
            "&amp;&lt;",
            "<!--",
            "]]>",
            "<ScRiPt>alert(1)</sCrIpT>");

    private static final List<String> REGION = List.of(
            "ศูนย์ฝึกอบรม",
            "ສະຖາບັນແມ່ນ້ຳຂອງ",
            "វិទ្យាស្ថានមេគង្គ",
            "မဲခေါင်အင်စတီကျု",
            "Viện Mê Kông",
            "Vie\u0302\u0323n",
            "湄公河研究所",
            "Nguyễn Thị Hương",
            "ຄຳ\u200bສອນ",
            "กรุงเทพ\u200bมหานคร");

    private static final List<String> SUPPLEMENTARY =
            List.of("😀", "👩🏽‍🌾", "🇹🇭🇱🇦🇰🇭", "𠀀𠀁", "𝕄𝕖𝕜𝕠𝕟𝕘", "🏳️‍🌈", "\uD83D\uDE00\uFE0F");

    private static final List<String> MARKS = List.of(
            "\u202E", "\u200F", "\u200E", "\u2066", "\u2067", "\u2068", "\u2069", "\u202A", "\u202B", "\u202C",
            "\u202D", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD", "\u2028", "\u2029", "\u00A0", "\u3000");

    private final Random random;

    public HostileStrings(long seed) {
        this.random = new Random(seed);
    }

    public String next(Kind kind) {
        return kind.generator.apply(random);
    }

    /** The first marker found raw in {@code html}, ignoring case; null when there is none. */
    public static String rawMarkerIn(String html) {
        if (html == null || html.isEmpty()) {
            return null;
        }
        String lower = html.toLowerCase(Locale.ROOT);
        return MARKERS.stream()
                .filter(marker -> lower.contains(marker.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    }

    /** A value as a failure message can show it: escapes for invisible characters, long ones shortened. */
    public static String describe(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > 80
                ? shown + "… (" + value.length() + " characters)"
                : shown.toString();
    }

    private static String sql(Random random) {
        return pick(random, SQL) + (random.nextBoolean() ? " " + pick(random, SQL) : "");
    }

    private static String markup(Random random) {
        // The first ones carry a marker; the others probe for template evaluation and broken comments.
        String value = pick(random, MARKUP.subList(0, 4));
        return random.nextBoolean() ? value : value + " " + pick(random, MARKUP);
    }

    private static String longText(Random random) {
        String tail = pick(random, MARKUP.subList(0, 4));
        StringBuilder text = new StringBuilder(LONG_LENGTH);
        String alphabet = random.nextBoolean() ? "abcdefghij klmnopqrstuvwxyz" : "ศูนย์ฝึกอบรม ສະຖາບັນ";
        while (text.length() < LONG_LENGTH - tail.length()) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        text.setLength(LONG_LENGTH - tail.length());
        return text.append(tail).toString();
    }

    private static String control(Random random) {
        StringBuilder value = new StringBuilder("Khon");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int c = random.nextInt(34);
            value.append(c == 32 ? '\u007F' : c == 33 ? '\u0085' : (char) c).append("Kaen");
        }
        return value.toString();
    }

    private static String formatMarks(Random random) {
        return pick(random, MARKS) + "Vientiane" + pick(random, MARKS) + "\u202Egnp.exe" + pick(random, MARKS);
    }

    private static String loneSurrogate(Random random) {
        String half = random.nextBoolean() ? "\uD800" : "\uDFFF";
        return random.nextBoolean() ? "Phnom" + half + "Penh" : "\uDE00\uD83D" + half;
    }

    private static String unicode(Random random) {
        return pick(random, REGION) + " " + pick(random, SUPPLEMENTARY) + " " + pick(random, REGION)
                + pick(random, SUPPLEMENTARY);
    }

    private static String mixed(Random random) {
        Kind[] shortKinds = {Kind.SQL, Kind.MARKUP, Kind.NUL, Kind.CONTROL, Kind.LONE_SURROGATE, Kind.UNICODE};
        StringBuilder value = new StringBuilder();
        int parts = 2 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            value.append(shortKinds[random.nextInt(shortKinds.length)].generator.apply(random));
        }
        return value.toString();
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
