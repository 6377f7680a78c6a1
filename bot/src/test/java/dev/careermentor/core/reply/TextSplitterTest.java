package dev.careermentor.core.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The one splitter every surface uses: pieces fit after escaping, and nothing is lost or torn apart. */
class TextSplitterTest {
    /** Slack's kind of escaping: one character becomes an entity of several. */
    private static final TextSplitter ENTITIES =
            new TextSplitter(s -> s.replace("&", "&amp;").replace("<", "&lt;"));
    /** Markdown's kind: a backslash before each special character. */
    private static final TextSplitter BACKSLASHES = new TextSplitter(s -> s.replaceAll("([*_~])", "\\\\$1"));

    @Test
    void textThatFitsIsOnePieceEscaped() {
        assertEquals(List.of("a &amp; b"), ENTITIES.split("a & b", 100));
        assertEquals(List.of(), ENTITIES.split("", 10));
        assertEquals(List.of(), ENTITIES.split("  \n ", 10));
    }

    @Test
    void cutsPreferLineBreaksThenSpaces() {
        assertEquals(
                List.of("first line", "second line here"),
                TextSplitter.PLAIN.split("first line\nsecond line here", 16));
        assertEquals(List.of("one two", "three four"), TextSplitter.PLAIN.split("one two three four", 10));
        assertEquals(List.of("abcde", "fghij"), TextSplitter.PLAIN.split("abcdefghij", 5));
    }

    @Test
    void everyPieceFitsOnceEscapedAndNothingIsLostOrTorn() {
        Random random = new Random(5);
        String[] alphabet = {"a", "b", " ", "&", "<", "*", "_", "~", "\n", "\uD83D\uDE42", "\u00E9"};
        for (TextSplitter splitter : List.of(TextSplitter.PLAIN, ENTITIES, BACKSLASHES)) {
            for (int round = 0; round < 300; round++) {
                StringBuilder raw = new StringBuilder();
                int length = random.nextInt(400);
                for (int i = 0; i < length; i++) raw.append(alphabet[random.nextInt(alphabet.length)]);
                int max = 12 + random.nextInt(80);
                List<TextSplitter.Piece> pieces = splitter.cut(raw.toString(), max);
                StringBuilder kept = new StringBuilder();
                for (TextSplitter.Piece p : pieces) {
                    assertTrue(p.escaped().length() <= max, p.escaped().length() + " > " + max + ": " + p);
                    assertEquals(splitter.escape(p.raw()), p.escaped(), "each piece is escaped as a whole");
                    assertFalse(p.raw().isBlank(), "no blank pieces");
                    assertFalse(Character.isLowSurrogate(p.raw().charAt(0)), "no torn surrogate pair");
                    assertFalse(
                            Character.isHighSurrogate(p.raw().charAt(p.raw().length() - 1)), "no torn surrogate pair");
                    kept.append(p.raw());
                }
                assertEquals(squeeze(raw.toString()), squeeze(kept.toString()), "only whitespace at the cuts goes");
            }
        }
    }

    @Test
    void fitShortensAtAWordAndMeasuresTheEscapedText() {
        assertEquals("a &amp; b", ENTITIES.fit("a & b", 9));
        String fitted = ENTITIES.fit("fish & chips & peas & more", 20);
        assertTrue(fitted.length() <= 20, fitted);
        assertTrue(fitted.endsWith("\u2026"), fitted);
        assertFalse(fitted.matches(".*&[a-z]*\u2026"), "never ends inside an entity: " + fitted);
    }

    @Test
    void aLimitBelowOneEscapeStillEnds() {
        UnaryOperator<String> huge = s -> s.replace("x", "xxxxxxxxxx");
        List<String> pieces = new TextSplitter(huge).split("xxx", 3);
        assertEquals(3, pieces.size(), "one character at a time, even though none fits: " + pieces);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
